use super::*;
use crate::test_support::{assert_english_trace, errors, eval, left_out, refused, run};
use serde_json::{json, Value};

const ON: &str = "2026-12-01";

/// The page's example: ウ, a three-month admission 2026-07〜09, 4 donors tested in July, final
/// consent in August, the transplant in September (the donor's room, the transport), 70% exempt.
fn admission() -> Value {
    json!({
        "bracket": "u", "jmdp_exemption_percent": 70, "total_income_yen": 5_000_000, "taxable_income_yen": 3_000_000,
        "months": [
            {"month": "2026-07", "medical_cost_yen": 2_500_000, "meals": 45, "donors_tested": 4},
            {"month": "2026-08", "medical_cost_yen": 3_200_000, "meals": 93, "jmdp_final_consent": true},
            {"month": "2026-09", "medical_cost_yen": 1_800_000, "meals": 60, "donor_room_yen": 150_000, "transport_paid_yen": 60_000},
        ]
    })
}

fn with(mut plan: Value, key: &str, v: Value) -> Value {
    plan[key] = v;
    plan
}

#[test]
fn a_three_month_admission_across_the_table_switch() {
    let o = run(&TYPED, ON, admission());
    // 2026-07 is the old table (80,100 + 1% over 267,000), 2026-08 and -09 the new one.
    let caps: Vec<i64> = o.high_cost.months.iter().map(|m| m.cap_yen).collect();
    assert_eq!(caps, [102_430, 114_940, 100_940]);
    // JMDP: 4 × (5,000 + 3,000) = 32,000 and 115,000, each less 70%: 9,600 + 34,500 = 44,100.
    let fees: Vec<(i64, i64)> = o.months.iter().map(|m| (m.jmdp_billed_yen, m.jmdp_fees_yen)).collect();
    assert_eq!(fees, [(32_000, 9_600), (115_000, 34_500), (0, 0)]);
    assert_eq!(o.total_jmdp_fees_yen, 44_100);
    // With the certificate: the co-payment up to the cap + meals (550 yen each from 2026-06).
    let window: Vec<i64> = o.months.iter().map(|m| m.window_yen).collect();
    assert_eq!(window, [102_430 + 24_750, 114_940 + 51_150, 100_940 + 33_000]);
    assert!(o.months.iter().all(|m| m.benefit_later_yen == 0));
    let oop: Vec<i64> = o.months.iter().map(|m| m.out_of_pocket_yen).collect();
    assert_eq!(oop, [136_780, 200_590, 343_940]);
    assert_eq!(o.total_out_of_pocket_yen, 681_310);
    // July is in the year from 2025-08 (no yearly cap), August and September in 2026-08's.
    let years: Vec<(&str, Option<i64>, i64)> =
        o.years.iter().map(|y| (y.from.as_str(), y.year_cap_yen, y.out_of_pocket_yen)).collect();
    assert_eq!(years, [("2025-08", None, 136_780), ("2026-08", Some(530_000), 544_530)]);
    let c = &o.calendar_years[0];
    assert_eq!((c.year, c.counted_yen, c.threshold_yen, c.deduction_yen), (2026, 681_310, 100_000, 581_310));
    // 3,000,000 → 202,500 + 4,252 (2.1%); 2,418,000 → 144,300 + 3,030; saved 59,422; 10%: 58,131.
    assert_eq!(
        (c.income_tax_saving_yen, c.resident_tax_saving_yen, c.total_saving_yen),
        (Some(59_422), Some(58_131), Some(117_553))
    );
    assert!(!c.deduction_exceeds_taxable_income);
}

#[test]
fn without_a_certificate_the_window_takes_the_whole_co_payment_and_the_rest_comes_back() {
    let o = run(&TYPED, ON, with(admission(), "ceiling_certificate", json!(false)));
    let m = &o.months[0];
    assert_eq!((m.window_yen, m.benefit_later_yen), (750_000 + 24_750, 647_570));
    assert_eq!((m.window_with_certificate_yen, m.benefit_later_with_certificate_yen), (127_180, 0));
    // The same finally borne, and the same deduction: paid more, made up for by the benefits.
    assert_eq!(o.total_out_of_pocket_yen, 681_310);
    let c = &o.calendar_years[0];
    assert_eq!((c.paid_yen, c.reimbursed_yen, c.counted_yen), (2_613_000, 1_931_690, 681_310));
    assert_eq!(c.deduction_yen, 581_310);
}

#[test]
fn the_deduction_without_incomes_subtracts_100000_and_saves_nothing_shown() {
    let mut plan = admission();
    plan.as_object_mut().unwrap().remove("total_income_yen");
    plan.as_object_mut().unwrap().remove("taxable_income_yen");
    let o = run(&TYPED, ON, plan.clone());
    let c = &o.calendar_years[0];
    assert_eq!((c.threshold_yen, c.deduction_yen, c.total_saving_yen), (100_000, 581_310, None));
    assert_eq!(o.total_saving_yen, None);
    // A small income: 5% of 1,500,000 = 75,000 is subtracted instead; no taxable income, no saving.
    let o = run(&TYPED, ON, with(plan.clone(), "total_income_yen", json!(1_500_000)));
    assert_eq!((o.calendar_years[0].threshold_yen, o.calendar_years[0].deduction_yen), (75_000, 606_310));
    refused(&TYPED, ON, with(plan, "taxable_income_yen", json!(1)), "taxable_income_yen", "requires_total_income");
    refused(
        &TYPED,
        ON,
        with(admission(), "taxable_income_yen", json!(6_000_000)),
        "taxable_income_yen",
        "exceeds_total_income",
    );
}

fn month(m: &str, cost: i64) -> Value {
    json!({"month": m, "medical_cost_yen": cost})
}

#[test]
fn many_times_from_the_4th_month_and_the_yearly_refund_against_the_latest_payments() {
    // ウ, 10,000,000 a month: 85,800 + 97,140 = 182,940 for three months, then 44,400 (多数回).
    let months: Vec<Value> = ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
        .iter()
        .map(|m| month(m, 10_000_000))
        .collect();
    let o = run(&TYPED, ON, json!({"bracket": "u", "months": months}));
    let caps: Vec<(i64, bool)> = o.high_cost.months.iter().map(|m| (m.cap_yen, m.many_times)).collect();
    assert_eq!(
        caps,
        [(182_940, false), (182_940, false), (182_940, false), (44_400, true), (44_400, true), (44_400, true)]
    );
    // 3 × 182,940 + 3 × 44,400 = 682,020 paid; cap 530,000 → 152,020 back, set against the latest.
    assert_eq!((o.years[0].year_refund_yen, o.years[0].refund_before_plan_yen), (152_020, 0));
    let shares: Vec<i64> = o.months.iter().map(|m| m.year_refund_share_yen).collect();
    assert_eq!(shares, [0, 0, 18_820, 44_400, 44_400, 44_400]);
    // 2026: 3 × 182,940 + 2 × 44,400 − 107,620 = 530,000 (the cap); 2027: 44,400 − 44,400 = 0.
    let cal: Vec<(i64, i64)> = o.calendar_years.iter().map(|c| (c.year, c.copay_yen)).collect();
    assert_eq!(cal, [(2026, 530_000), (2027, 0)]);
    assert_eq!(o.total_out_of_pocket_yen, 530_000);
    assert_eq!(o.years[0].out_of_pocket_yen, 530_000);
}

#[test]
fn a_yearly_refund_of_payments_before_the_plan_is_kept_apart() {
    let plan = json!({"bracket": "u", "year_paid_before_yen": 600_000, "months": [month("2027-03", 1_000_000)]});
    let o = run(&TYPED, ON, plan);
    // 600,000 + 92,940 − 530,000 = 162,940: 92,940 against March, 70,000 against earlier payments.
    assert_eq!((o.years[0].year_refund_yen, o.years[0].refund_before_plan_yen), (162_940, 70_000));
    assert_eq!(o.months[0].year_refund_share_yen, 92_940);
    assert_eq!((o.calendar_years[0].copay_yen, o.total_out_of_pocket_yen), (0, 0));
}

#[test]
fn the_refund_of_5_and_6_returns_what_was_paid_for_them() {
    let plan = json!({"bracket": "u", "jmdp_exemption_percent": 70, "months": [
        {"month": "2026-08", "medical_cost_yen": 0, "donors_tested": 1, "jmdp_final_consent": true},
        {"month": "2026-11", "medical_cost_yen": 0, "jmdp_refund": true},
    ]});
    let o = run(&TYPED, ON, plan);
    // 8,000 + 115,000 = 123,000 → 36,900 paid; 74,000 × 30% = 22,200 back for August.
    let m: Vec<(i64, i64, i64)> =
        o.months.iter().map(|m| (m.jmdp_payable_yen, m.jmdp_refund_received_yen, m.jmdp_fees_yen)).collect();
    assert_eq!(m, [(36_900, 0, 14_700), (0, 22_200, 0)]);
    assert_eq!(o.total_jmdp_fees_yen, 14_700);
    // Without an exemption the whole 74,000 comes back; 4. (41,000) and the tests stay.
    let plan = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": 0, "donors_tested": 1, "jmdp_final_consent": true, "jmdp_refund": true},
    ]});
    assert_eq!(run(&TYPED, ON, plan).months[0].jmdp_fees_yen, 49_000);
}

#[test]
fn the_transport_refund_counts_against_the_year_it_was_paid() {
    let plan = json!({"bracket": "u", "months": [
        {"month": "2026-12", "medical_cost_yen": 0, "transport_paid_yen": 60_000},
        {"month": "2027-02", "medical_cost_yen": 0, "transport_reimbursed_yen": 42_000},
    ]});
    let o = run(&TYPED, ON, plan);
    let m: Vec<(i64, i64)> = o.months.iter().map(|m| (m.transport_reimbursed_yen, m.transport_net_yen)).collect();
    assert_eq!(m, [(0, 18_000), (42_000, 0)]);
    let cal: Vec<(i64, i64, i64, i64)> =
        o.calendar_years.iter().map(|c| (c.year, c.transport_net_yen, c.paid_yen, c.reimbursed_yen)).collect();
    assert_eq!(cal, [(2026, 18_000, 60_000, 42_000), (2027, 0, 0, 0)]);
}

#[test]
fn other_household_co_payments_are_left_out_of_the_deduction() {
    let plan = json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 100_000}], "other_copays": [
        {"month": "2026-08", "member": "member1", "provider": "Y病院", "setting": "inpatient", "medical_cost_yen": 333_340, "copay_yen": 100_000}
    ]});
    let o = run(&TYPED, ON, plan);
    let (hc, c) = (&o.high_cost.months[0], &o.calendar_years[0]);
    // 85,800 + (433,340 − 286,000) × 1% = 87,273.4 → 87,273; 130,000 − 87,273 = 42,727, 30,000 of it
    // the patient's; the family's 100,000 − 12,727 = 87,273 is not included.
    assert_eq!((hc.copay_yen, hc.cap_yen, hc.benefit_yen, hc.copay_after_cap_yen), (30_000, 87_273, 42_727, 0));
    assert_eq!((c.copay_yen, c.household_not_included_yen), (0, 87_273));
    // With the certificate the window bills 30,000 (under the cap on its own 100,000); it all comes back later.
    assert_eq!((o.months[0].window_yen, o.months[0].benefit_later_yen), (30_000, 30_000));
}

#[test]
fn the_patients_clinic_is_its_own_window_and_a_new_insurer_loses_the_4th_month() {
    // ウ: the transplant hospital (1,000,000 → 300,000) and a clinic (100,000 → 30,000) in August;
    // 85,800 + (1,100,000 − 286,000) × 1% = 93,940; 330,000 − 93,940 = 236,060.
    let months: Vec<Value> = ["2026-08", "2026-09", "2026-10", "2026-11"].iter().map(|m| month(m, 1_000_000)).collect();
    let mut plan = json!({"bracket": "u", "months": months, "other_copays": [
        {"month": "2026-08", "member": "patient", "provider": "Clinic", "setting": "outpatient", "medical_cost_yen": 100_000, "copay_yen": 30_000}
    ]});
    let o = run(&TYPED, ON, plan.clone());
    let (hc, m) = (&o.high_cost.months[0], &o.months[0]);
    assert_eq!((hc.copay_yen, hc.cap_yen, hc.benefit_yen, hc.copay_after_cap_yen), (330_000, 93_940, 236_060, 93_940));
    // Each window stops at a cap on its own 医療費: 92,940 at the hospital, 30,000 at the clinic
    // (under its 85,800); 29,000 comes back later with the household figure.
    assert_eq!((m.window_with_certificate_yen, m.benefit_later_with_certificate_yen), (122_940, 29_000));
    assert_eq!(o.high_cost.months[3].cap_yen, 44_400);
    // A new insurer from November: no 4th-month cap, 92,940 again; the page's note says why.
    plan["months"][3]["insurer_changed"] = json!(true);
    let ev = crate::test_support::eval(&TYPED, ON, plan);
    assert_eq!(ev.result.high_cost.months[3].cap_yen, 92_940);
    assert!(ev.trace.iter().any(|s| s.key == "note.insurer_changed"));
}

#[test]
fn impossible_months_are_left_out_on_the_month_that_makes_them() {
    let two_consents = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": 0, "donors_tested": 1, "jmdp_final_consent": true},
        {"month": "2026-09", "medical_cost_yen": 0, "jmdp_final_consent": true},
    ]});
    assert_eq!(
        left_out(&TYPED, ON, two_consents),
        [
            ("months[1].jmdp_final_consent".to_string(), "once".to_string()),
            ("months[1]".to_string(), "left_out".to_string())
        ]
    );
    let early_refund = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": 0, "jmdp_refund": true},
        {"month": "2026-09", "medical_cost_yen": 0, "jmdp_final_consent": true},
    ]});
    let e = left_out(&TYPED, ON, early_refund);
    assert_eq!(e[0], ("months[0].jmdp_refund".to_string(), "requires_final_consent".to_string()));
    let out_of_order = json!({"bracket": "u", "months": [month("2026-09", 1), month("2026-08", 1)]});
    assert_eq!(left_out(&TYPED, ON, out_of_order)[0], ("months[1].month".to_string(), "out_of_order".to_string()));
}

#[test]
fn impossible_plans_are_refused_on_the_month_that_makes_them() {
    // A plan of one month has nothing to compute without it.
    let too_much_back = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": 0, "transport_paid_yen": 10_000, "transport_reimbursed_yen": 20_000},
    ]});
    refused(&TYPED, ON, too_much_back, "months[0].transport_reimbursed_yen", "exceeds_paid");
    let misspelt = json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 1, "donor_tested": 1}]});
    refused(&TYPED, ON, misspelt, "months[0].donor_tested", "unknown_field");
    // The planner's own errors come through: ウ is not in the 2027-08 table.
    refused(&TYPED, ON, json!({"bracket": "u", "months": [month("2027-08", 1)]}), "bracket", "not_in_table");
    // JMDP's table starts in 2022-12.
    let e = errors(
        &TYPED,
        ON,
        json!({"bracket": "u", "months": [{"month": "2022-11", "medical_cost_yen": 0, "donors_tested": 1}]}),
    );
    assert_eq!(e, [("months[0].month".to_string(), "not_in_force".to_string())]);
}

#[test]
fn every_figure_comes_with_its_step_and_the_rules_used() {
    let ev = eval(&TYPED, ON, admission());
    let keys: Vec<&str> = ev.trace.iter().map(|s| s.key.as_str()).collect();
    for k in [
        "2026-07.cap",
        "2026-07.jmdp_billed",
        "2026-07.jmdp_exempted",
        "2026-08.window",
        "2026-09.out_of_pocket",
        "calendar.2026.counted",
        "calendar.2026.deduction",
        "calendar.2026.total_saving",
        "plan.total_out_of_pocket",
        "year_note.room_and_transport",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    let ids: Vec<&str> = ev.rules.iter().map(|r| r.id).collect();
    for id in ["advanced.high_cost.under70.u.base", "jmdp.fees.donor_blood_test", "tax.medical_deduction.max"] {
        assert!(ids.iter().any(|i| i.starts_with(id)), "{id} not among the rules used: {ids:?}");
    }
}

#[test]
fn a_bad_month_is_left_out_and_the_others_are_computed() {
    // The admission's three months, the second with a cost that is no number and a meal count
    // over the limit: July and September are computed as a plan of their own.
    let mut plan = admission();
    plan["months"][1]["medical_cost_yen"] = json!("3,2OO,000");
    plan["months"][1]["meals"] = json!("120");
    let ev = eval(&TYPED, ON, plan.clone());
    let months: Vec<&str> = ev.result.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2026-07", "2026-09"]);
    // The same as the plan of those two months typed alone.
    let mut alone = admission();
    alone["months"].as_array_mut().unwrap().remove(1);
    let other = run(&TYPED, ON, alone);
    assert_eq!(ev.result.total_out_of_pocket_yen, other.total_out_of_pocket_yen);
    assert!(ev.result.total_out_of_pocket_yen > 0);
    // Each error at its field of the second month (by its place in the input), then the month.
    let codes: Vec<(&str, &str)> = ev.left_out.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
    assert_eq!(
        codes,
        [
            ("months[1].medical_cost_yen", "not_a_number"),
            ("months[1].meals", "out_of_range"),
            ("months[1]", "left_out")
        ]
    );
    let note = &ev.left_out[2].message;
    assert_eq!(
        note.ja,
        "2か月目（2026-08）は入力に誤りがあるため計算に含めていません（ほかの月だけで計算しています）: \
         医療費の総額（10割）: 数値を入力してください（例: 1,000,000円） / 入院中の食事の回数: 93以下の数を入力してください"
    );
    assert_eq!(
        note.en,
        "Month 2 (2026-08) is left out of the plan until its entries are corrected (the other months are \
         computed without it): Total medical cost (100%): Enter a number (e.g. 1,000,000 yen) / Hospital meals: Enter at most 93"
    );
    // The JSON API answers it too (tests/cases/patient_year.json).
    assert_eq!(plan["months"][1]["medical_cost_yen"], json!("3,2OO,000"));
}

#[test]
fn a_month_left_out_can_leave_out_the_month_that_depended_on_it() {
    // The transport paid in a month whose cost is wrong: the refund of it in the next month is
    // then more than was paid, so that month is left out too, with its own reason.
    let plan = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": 100_000},
        {"month": "2026-09", "medical_cost_yen": "x", "transport_paid_yen": 60_000},
        {"month": "2026-10", "medical_cost_yen": 0, "transport_reimbursed_yen": 42_000},
    ]});
    let e = left_out(&TYPED, ON, plan);
    assert_eq!(
        e,
        [
            ("months[1].medical_cost_yen".to_string(), "not_a_number".to_string()),
            ("months[2].transport_reimbursed_yen".to_string(), "exceeds_paid".to_string()),
            ("months[1]".to_string(), "left_out".to_string()),
            ("months[2]".to_string(), "left_out".to_string())
        ]
    );
}

#[test]
fn a_plan_whose_every_month_is_wrong_or_whose_own_fields_are_is_refused_whole() {
    let every = json!({"bracket": "u", "months": [
        {"month": "2026-08", "medical_cost_yen": "x"}, {"month": "2026-09", "medical_cost_yen": "y"}
    ]});
    let e = errors(&TYPED, ON, every);
    assert_eq!(e.iter().filter(|(f, _)| f.ends_with("medical_cost_yen")).count(), 2, "{e:?}");
    // A bracket that is no bracket is the whole plan's problem, not a month's: nothing is computed.
    let mut plan = admission();
    plan["bracket"] = json!("z");
    plan["months"][1]["medical_cost_yen"] = json!("x");
    let e = errors(&TYPED, ON, plan);
    assert!(e.contains(&("bracket".to_string(), "invalid_choice".to_string())), "{e:?}");
    assert!(e.contains(&("months[1].medical_cost_yen".to_string(), "not_a_number".to_string())), "{e:?}");
}

// ───────────────────────────── 付加給付 (a 健康保険組合's top-up) ─────────────────────────────

fn fund(threshold_yen: i64, unit: schema::FundUnit, minimum_yen: i64) -> Fund {
    Fund { threshold_yen, unit, minimum_yen, delay_months: 3 }
}

#[test]
fn the_fund_top_up_reproduces_the_funds_published_examples() {
    use schema::FundUnit::*;
    // JT健康保険組合 (jtkenpo.jp, 一部負担還元金): 20,000 deducted, 500円未満切り捨て, under 1,000
    // not paid; ウ, 医療費 1,000,000 → cap 87,430 → 67,430 → 67,000.
    assert_eq!(fund(20_000, FiveHundred, 1_000).amount(87_430), 67_000);
    // SUBARU健康保険組合 (FAQ): 20,000 deducted; 25,560 → 5,500 and 81,080 → 61,000.
    assert_eq!(fund(20_000, Hundred, 0).amount(25_560), 5_500);
    assert_eq!(fund(20_000, Hundred, 0).amount(81_080), 61_000);
    // JR健康保険組合: 25,000 deducted, 100円未満切り捨て, under 1,000 not paid; 75,000 → 50,000.
    assert_eq!(fund(25_000, Hundred, 1_000).amount(75_000), 50_000);
    // A fund's handbook (25,000, 100円未満切り捨て): 26,050 − 25,000 = 1,050 → 1,000.
    assert_eq!(fund(25_000, Hundred, 0).amount(26_050), 1_000);
}

#[test]
fn the_fund_top_up_at_its_bounds() {
    use schema::FundUnit::*;
    let f = fund(25_000, Hundred, 0);
    // At or under the threshold nothing; a unit over it, one unit.
    assert_eq!([24_999, 25_000, 25_099, 25_100].map(|c| f.amount(c)), [0, 0, 0, 100]);
    // Each rounding unit on the same amount.
    let each = [One, Hundred, FiveHundred, Thousand].map(|u| fund(20_000, u, 0).amount(87_430));
    assert_eq!(each, [67_430, 67_400, 67_000, 67_000]);
    // The minimum: one yen under it nothing, at it paid.
    let m = fund(20_000, One, 1_000);
    assert_eq!([20_999, 21_000].map(|c| m.amount(c)), [0, 1_000]);
}

/// The page's example with a fund that leaves 25,000 yen a month (100円未満切り捨て).
fn with_fund_25000(plan: Value) -> Value {
    let plan = with(plan, "fund_threshold_yen", json!(25_000));
    with(plan, "fund_rounding", json!("100"))
}

#[test]
fn an_adult_with_a_fund_top_up_of_25000() {
    let o = run(&TYPED, ON, with_fund_25000(admission()));
    // After the caps 102,430 / 114,940 / 100,940: 77,430 / 89,940 / 75,940 above 25,000, to 100 yen.
    let paid: Vec<(i64, Option<&str>)> =
        o.months.iter().map(|m| (m.fund_benefit_yen, m.fund_paid_month.as_deref())).collect();
    assert_eq!(paid, [(77_400, Some("2026-10")), (89_900, Some("2026-11")), (75_900, Some("2026-12"))]);
    assert_eq!(o.total_fund_benefit_yen, 243_200);
    // Without the fund: 136,780 / 200,590 / 343,940 (681,310); the co-payment left is 25,030 / 25,040 / 25,040.
    let oop: Vec<i64> = o.months.iter().map(|m| m.out_of_pocket_yen).collect();
    assert_eq!(oop, [59_380, 110_690, 268_040]);
    assert_eq!(o.total_out_of_pocket_yen, 438_110);
    // The window is the same (the fund pays later); the deduction counts what is left: 補てん.
    assert_eq!(o.months[0].window_yen, 127_180);
    let c = &o.calendar_years[0];
    assert_eq!((c.copay_yen, c.counted_yen, c.deduction_yen), (75_110, 438_110, 338_110));
    assert_eq!(c.reimbursed_yen - c.paid_yen + c.counted_yen, 0);
    assert!(o.high_cost.months.iter().all(|m| m.benefit_yen > 0));
    // Its steps: the month's formula and the note on what it leaves out.
    let ev = eval(&TYPED, ON, with_fund_25000(admission()));
    let step = ev.trace.iter().find(|s| s.key == "2026-07.fund").unwrap();
    assert_eq!(step.amount, Some(77_400));
    assert!(
        step.formula.ja.contains("102,430円") && step.formula.ja.contains("100円未満切り捨て"),
        "{}",
        step.formula.ja
    );
    assert!(step.formula.en.contains("Down to 100 yen") && !step.formula.en.contains('円'), "{}", step.formula.en);
    assert!(ev.trace.iter().any(|s| s.key == "year_note.fund"));
    // Without a threshold the rounding and minimum are ignored: no fund, as for 協会けんぽ.
    let o = run(&TYPED, ON, with(admission(), "fund_minimum_yen", json!(1_000)));
    assert_eq!((o.total_fund_benefit_yen, o.total_out_of_pocket_yen), (0, 681_310));
    assert!(o.months.iter().all(|m| m.fund_paid_month.is_none()));
}

#[test]
fn the_fund_top_up_is_worked_out_again_after_the_yearly_refund() {
    // ウ, 2026-08〜2027-07, 1,000,000 a month: 92,940 × 3, then 44,400 × 9 = 678,420, over the
    // 530,000 yearly cap by 148,420.
    let months: Vec<Value> = (0..12)
        .map(|k| {
            let (y, m) = if k < 5 { (2026, 8 + k) } else { (2027, k - 4) };
            json!({"month": format!("{y}-{m:02}"), "medical_cost_yen": 1_000_000})
        })
        .collect();
    let plan = json!({"bracket": "u", "months": months});
    let o = run(&TYPED, "2027-12-01", plan.clone());
    assert_eq!((o.years[0].year_refund_yen, o.total_out_of_pocket_yen), (148_420, 530_000));
    let o = run(&TYPED, "2027-12-01", with_fund_25000(plan));
    let y = &o.years[0];
    // The refund returns July, June, May (44,400 each) and 15,220 of April. After it the fund's
    // rule gives 0 for July–May (19,400 paid each) and 4,100 for April (29,180 left; 19,400 paid):
    // 58,200 + 15,300 = 73,500 settled with the fund, 74,920 to the family.
    assert_eq!((y.year_refund_yen, y.refund_fund_kept_yen, y.refund_to_family_yen), (148_420, 73_500, 74_920));
    let shares: Vec<i64> = o.months.iter().map(|m| m.year_refund_share_yen).collect();
    assert_eq!(shares, [0, 0, 0, 0, 0, 0, 0, 0, -80, 25_000, 25_000, 25_000]);
    // Borne: 25,040 × 3 + 25,000 × 9 = 300,120 after the fund, less 74,920.
    assert_eq!(o.total_out_of_pocket_yen, 225_200);
    assert_eq!(y.out_of_pocket_yen, 225_200);
    let counted: i64 = o.calendar_years.iter().map(|c| c.counted_yen).sum();
    assert_eq!(counted, 225_200);
}

// ───────────────────────────── 傷病手当金 (the sickness allowance) ─────────────────────────────

/// The allowance's steps alone: a day's amount from the average pay, and the period.
fn allowance_of(pay: i64, first_off: &str) -> crate::rules::insurance::sick_pay::Allowance {
    static TABLES: &[&[crate::params::Param]] = &[crate::rules::insurance::sick_pay::PARAMS];
    let ctx = crate::params::Ctx::over(crate::date::Date::parse(ON).unwrap(), TABLES);
    let mut trace = Vec::new();
    crate::rules::insurance::sick_pay::allowance(
        pay,
        crate::date::Date::parse(first_off).unwrap(),
        "s",
        &ctx,
        &mut trace,
    )
    .unwrap()
}

#[test]
fn the_sickness_allowance_a_day_with_its_two_roundings() {
    // A published example (a 社労士's, 2016): 265,000 ÷ 30 = 8,833.33 → 8,830; × 2/3 = 5,886.67 → 5,887.
    assert_eq!(allowance_of(265_000, "2026-06-01").daily_yen, 5_887);
    // 300,000 ÷ 30 = 10,000; × 2/3 = 6,666.67 → 6,667.
    assert_eq!(allowance_of(300_000, "2026-06-01").daily_yen, 6_667);
    // 26万 × 7 months + 30万 × 5 → 276,667 ÷ 30 = 9,222.23 → 9,220; × 2/3 = 6,146.67 → 6,147.
    assert_eq!(allowance_of(276_667, "2026-06-01").daily_yen, 6_147);
    // The 10-yen rounding at its edge: 5,004 → 5,000 (× 2/3 = 3,333.33 → 3,333); 5,005 → 5,010 (3,340).
    assert_eq!(allowance_of(150_120, "2026-06-01").daily_yen, 3_333);
    assert_eq!(allowance_of(150_150, "2026-06-01").daily_yen, 3_340);
    // The 1-yen rounding: .33 down (above), .67 up: 10,010 × 2/3 = 6,673.33 → 6,673; 10,020 → 6,680.
    assert_eq!(allowance_of(300_300, "2026-06-01").daily_yen, 6_673);
    assert_eq!(allowance_of(300_600, "2026-06-01").daily_yen, 6_680);
}

#[test]
fn the_sickness_allowance_period_is_the_days_of_a_year_and_a_half_from_the_first_day_paid() {
    // Off from 2026-06-01: 06-01〜03 are the waiting days, paid from 06-04; 06-04〜2027-12-03 = 548 days.
    let a = allowance_of(300_000, "2026-06-01");
    assert_eq!((a.waiting_days, a.first_paid.to_string(), a.max_days), (3, "2026-06-04".to_string(), 548));
    // Off from 2026-01-01: paid from 01-04; to 2027-07-03: 546 days (no 29 February in between).
    assert_eq!(allowance_of(300_000, "2026-01-01").max_days, 546);
    // Before 2022 the period was not counted in total: no version, an error on the first day off.
    let plan = json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "sick_pay_first_day": "2021-06-01",
        "months": [{"month": "2026-06", "medical_cost_yen": 1_000_000}]});
    let e = errors(&TYPED, ON, plan);
    assert!(e.iter().any(|(f, _)| f == "sick_pay_first_day"), "{e:?}");
}

/// Eight months off work from 2026-06-01 with an average pay of 300,000.
fn eight_months_off() -> Value {
    let months: Vec<Value> = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
        .iter()
        .map(|m| {
            let (y, mo): (i32, u32) = (m[..4].parse().unwrap(), m[5..].parse().unwrap());
            let days = crate::date::days_in_month(y, mo);
            json!({"month": m, "medical_cost_yen": 1_000_000, "days_off_work": days})
        })
        .collect();
    json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "sick_pay_first_day": "2026-06-01", "months": months})
}

#[test]
fn an_adult_on_the_sickness_allowance_for_eight_months() {
    let o = run(&TYPED, "2027-12-01", eight_months_off());
    let days: Vec<i64> = o.months.iter().map(|m| m.sick_pay_days).collect();
    // June less the 3 waiting days, then every day of each month.
    assert_eq!(days, [27, 31, 31, 30, 31, 30, 31, 31]);
    let paid: Vec<i64> = o.months.iter().map(|m| m.sick_pay_yen).collect();
    assert_eq!(paid, [180_009, 206_677, 206_677, 200_010, 206_677, 200_010, 206_677, 206_677]);
    assert_eq!((o.total_sick_pay_yen, o.sick_pay_daily_yen, o.sick_pay_days_left), (1_613_414, Some(6_667), Some(306)));
    // It comes in; it changes nothing that is paid or deducted.
    let without = run(&TYPED, "2027-12-01", {
        let mut p = eight_months_off();
        p.as_object_mut().unwrap().remove("sick_pay_remuneration_yen");
        p.as_object_mut().unwrap().remove("sick_pay_first_day");
        p
    });
    assert_eq!(without.total_sick_pay_yen, 0);
    assert_eq!(o.total_out_of_pocket_yen, without.total_out_of_pocket_yen);
    assert_eq!(o.total_deduction_yen, without.total_deduction_yen);
    let ev = eval(&TYPED, "2027-12-01", eight_months_off());
    let june = ev.trace.iter().find(|s| s.key == "2026-06.sick_pay").unwrap();
    assert!(
        june.formula.ja.contains("30日 − 3日（待期）") && june.formula.ja.contains("6,667円 × 27日 = 180,009円"),
        "{}",
        june.formula.ja
    );
    assert!(ev.trace.iter().any(|s| s.key == "year_note.sick_pay"));
}

#[test]
fn the_sickness_allowance_stops_when_the_period_is_used() {
    // Off from 2026-01-01 to 2027-07-31, every day: 546 days paid in all, the rest unpaid.
    let months: Vec<Value> = (0..19)
        .map(|k| {
            let (y, mo) = (2026 + k / 12, (k % 12 + 1) as u32);
            json!({"month": format!("{y}-{mo:02}"), "medical_cost_yen": 100_000, "days_off_work": crate::date::days_in_month(y, mo)})
        })
        .collect();
    let plan = json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "sick_pay_first_day": "2026-01-01", "months": months});
    let o = run(&TYPED, "2027-12-01", plan);
    let total: i64 = o.months.iter().map(|m| m.sick_pay_days).sum();
    assert_eq!((total, o.sick_pay_days_left), (546, Some(0)));
    assert_eq!(o.total_sick_pay_yen, 546 * 6_667);
    // 2027-07 pays the 3 days left (28 + 28 + 31 + … + 30 = 543 before it).
    let at = |m: &str| o.months.iter().find(|x| x.month == m).unwrap().sick_pay_days;
    assert_eq!((at("2026-01"), at("2027-06"), at("2027-07")), (28, 30, 3));
}

#[test]
fn the_sickness_allowance_refuses_what_cannot_be() {
    let month = |days: i64| json!([{"month": "2026-06", "medical_cost_yen": 1_000_000, "days_off_work": days}]);
    // The pay without the first day off, and the first day without the pay.
    let e = errors(&TYPED, ON, json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "months": month(10)}));
    assert_eq!(e, [("sick_pay_first_day".to_string(), "required_with_sick_pay".to_string())]);
    let e = errors(&TYPED, ON, json!({"bracket": "u", "sick_pay_first_day": "2026-06-01", "months": month(10)}));
    assert_eq!(e[0].0, "sick_pay_remuneration_yen");
    // Off from 2026-06-20: at most 11 days in June (20th to 30th); 12 is one too many.
    let plan = |days: i64| json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "sick_pay_first_day": "2026-06-20", "months": month(days)});
    assert_eq!(run(&TYPED, ON, plan(11)).months[0].sick_pay_days, 8);
    refused(&TYPED, ON, plan(12), "months[0].days_off_work", "more_days_than_month");
    // Days off in a month before the first day off.
    let plan = json!({"bracket": "u", "sick_pay_remuneration_yen": 300_000, "sick_pay_first_day": "2026-07-01", "months": month(5)});
    refused(&TYPED, ON, plan, "months[0].days_off_work", "before_first_day_off");
}

// ─────────────── 小児慢性特定疾病 / 指定難病, the municipality's help, the patient's room ───────────────

/// A child under 小児慢性特定疾病 (一般所得Ⅱ, 一般: 10,000 yen a month) whose municipality leaves
/// nothing (子ども医療費助成, cap 0) and does not pay meals: the parent's bracket ウ, a transplant
/// admission 2026-07〜09 and an outpatient October, 2 donors tested, no JMDP exemption.
fn child_plan() -> Value {
    json!({
        "bracket": "u", "public_aid": "child", "public_aid_tier": "general2", "municipal_cap_yen": 0,
        "months": [
            {"month": "2026-07", "medical_cost_yen": 2_000_000, "meals": 60, "donors_tested": 2},
            {"month": "2026-08", "medical_cost_yen": 3_000_000, "meals": 90, "jmdp_final_consent": true},
            {"month": "2026-09", "medical_cost_yen": 1_500_000, "meals": 45},
            {"month": "2026-10", "medical_cost_yen": 30_000, "inpatient": false},
        ]
    })
}

#[test]
fn a_child_under_the_pediatric_subsidy_with_a_municipal_cap_of_0() {
    let o = run(&TYPED, ON, child_plan());
    // 高額療養費 first: 80,100 + 1% of 1,733,000 = 97,430 (July, the old table); 112,940 and 97,940
    // (the new one); October's 9,000 (3割 of 30,000) is under any cap.
    let caps: Vec<i64> = o.high_cost.months.iter().map(|m| m.copay_after_cap_yen).collect();
    assert_eq!(caps, [97_430, 112_940, 97_940, 9_000]);
    // The 受給者証 leaves min(10,000, 2割 of the cost): 10,000, and 6,000 in October.
    let limits: Vec<Option<i64>> = o.months.iter().map(|m| m.aid_limit_yen).collect();
    assert_eq!(limits, [Some(10_000), Some(10_000), Some(10_000), Some(6_000)]);
    // It pays the rest and half the meals (550 a meal: 33,000 / 49,500 / 24,750 → half each).
    let aid: Vec<i64> = o.months.iter().map(|m| m.aid_yen).collect();
    assert_eq!(aid, [87_430 + 16_500, 102_940 + 24_750, 87_940 + 12_375, 3_000]);
    // The municipality pays what the 受給者証 leaves (cap 0), not the meals.
    let municipal: Vec<i64> = o.months.iter().map(|m| m.municipal_yen).collect();
    assert_eq!(municipal, [10_000, 10_000, 10_000, 6_000]);
    // Left: half the meals and the JMDP fees (2 × 8,000; 115,000 at final consent), which no
    // subsidy pays. At the window only the meals.
    let oop: Vec<i64> = o.months.iter().map(|m| m.out_of_pocket_yen).collect();
    assert_eq!(oop, [16_500 + 16_000, 24_750 + 115_000, 12_375, 0]);
    assert_eq!(o.total_out_of_pocket_yen, 184_625);
    let window: Vec<(i64, i64)> = o.months.iter().map(|m| (m.window_yen, m.benefit_later_yen)).collect();
    assert_eq!(window, [(16_500, 0), (24_750, 0), (12_375, 0), (0, 0)]);
    assert_eq!((o.total_aid_yen, o.total_municipal_yen), (334_935, 36_000));
    // The deduction counts only what the family paid: 53,625 of meals + 131,000 JMDP.
    let c = &o.calendar_years[0];
    assert_eq!((c.copay_yen, c.meals_yen, c.counted_yen, c.deduction_yen), (0, 53_625, 184_625, 84_625));
    assert_eq!(c.paid_yen - c.reimbursed_yen, c.counted_yen);
    // Steps in both languages, the subsidy's with its cap named.
    let ev = eval(&TYPED, ON, child_plan());
    let step = ev.trace.iter().find(|s| s.key == "2026-07.aid_limit").unwrap();
    assert!(step.formula.ja.contains("一般所得Ⅱ・一般") && step.formula.ja.contains("10,000円"), "{}", step.formula.ja);
    assert!(!step.formula.en.contains('円'), "{}", step.formula.en);
    assert!(ev.trace.iter().any(|s| s.key == "2026-10.municipal" && s.amount == Some(6_000)));
    // The window's step is the one billed: what the subsidies leave (half the meals).
    let window = ev.trace.iter().find(|s| s.key == "2026-07.window").unwrap();
    assert_eq!(window.amount, Some(16_500));
    assert!(window.formula.ja.starts_with("助成の後: 0円（自己負担）+ 16,500円（食事）"), "{}", window.formula.ja);
    assert!(ev.rules.iter().any(|r| r.id == "insurance.public_aid.child.general2.general"));
    // Every step of the plan reads in English on the English page.
    assert_english_trace(&ev);
    let mut all = with(with_fund_25000(child_plan()), "own_room_daily_yen", json!(5_500));
    all["months"][2]["own_room_days"] = json!(10);
    assert_english_trace(&eval(&TYPED, ON, with(all, "ceiling_certificate", json!(false))));
    assert_english_trace(&eval(&TYPED, ON, eight_months_off()));
}

#[test]
fn an_intractable_disease_before_a_fund_top_up() {
    // 指定難病 上位所得 (30,000) and a fund leaving 25,000: the fund pays on what the subsidy leaves
    // (30,000 → 5,000), so 25,000 a month; meals are the family's in full.
    let plan =
        with(with(with_fund_25000(admission()), "public_aid", json!("intractable")), "public_aid_tier", json!("upper"));
    let o = run(&TYPED, ON, plan);
    let by: Vec<(i64, i64)> = o.months.iter().map(|m| (m.aid_yen, m.fund_benefit_yen)).collect();
    assert_eq!(by, [(72_430, 5_000), (84_940, 5_000), (70_940, 5_000)]);
    let oop: Vec<i64> = o.months.iter().map(|m| m.out_of_pocket_yen).collect();
    assert_eq!(oop, [25_000 + 24_750 + 9_600, 25_000 + 51_150 + 34_500, 25_000 + 33_000 + 150_000 + 60_000]);
    // The window bills what the subsidy leaves (30,000) and the meals; the fund pays later.
    assert_eq!(o.months[0].window_yen, 30_000 + 24_750);
    let step = eval(
        &TYPED,
        ON,
        with(with(with_fund_25000(admission()), "public_aid", json!("intractable")), "public_aid_tier", json!("upper")),
    );
    let fund = step.trace.iter().find(|s| s.key == "2026-07.fund").unwrap();
    assert!(fund.formula.ja.contains("公費・自治体の助成の後"), "{}", fund.formula.ja);
}

#[test]
fn the_subsidy_is_worked_out_again_after_the_yearly_refund() {
    // The fund test's year (ウ, 1,000,000 a month 2026-08〜2027-07, refund 148,420) under 指定難病
    // 一般所得Ⅱ (20,000). The refund returns July, June, May (44,400 each) and 15,220 of April: the
    // subsidy paid 24,400 of each, 24,400 × 3 + 15,220 = 88,420 goes back to it, 60,000 (the 20,000
    // paid in each of the three months) to the family.
    let months: Vec<Value> = (0..12)
        .map(|k| {
            let (y, m) = if k < 5 { (2026, 8 + k) } else { (2027, k - 4) };
            json!({"month": format!("{y}-{m:02}"), "medical_cost_yen": 1_000_000})
        })
        .collect();
    let plan = json!({"bracket": "u", "public_aid": "intractable", "public_aid_tier": "general2", "months": months});
    let o = run(&TYPED, "2027-12-01", plan);
    let y = &o.years[0];
    assert_eq!((y.year_refund_yen, y.refund_aid_kept_yen, y.refund_to_family_yen), (148_420, 88_420, 60_000));
    let shares: Vec<i64> = o.months.iter().map(|m| m.year_refund_share_yen).collect();
    assert_eq!(shares, [0, 0, 0, 0, 0, 0, 0, 0, 0, 20_000, 20_000, 20_000]);
    assert_eq!(o.total_out_of_pocket_yen, 20_000 * 12 - 60_000);
    let counted: i64 = o.calendar_years.iter().map(|c| c.counted_yen).sum();
    assert_eq!(counted, 180_000);
}

#[test]
fn the_municipal_help_alone_and_with_meals() {
    // No 受給者証, a municipality leaving 500 a month and paying meals: the window bills 500.
    let plan = with(with(admission(), "municipal_cap_yen", json!(500)), "municipal_meals", json!(true));
    let o = run(&TYPED, ON, plan);
    let m: Vec<(i64, i64)> = o.months.iter().map(|m| (m.municipal_yen, m.window_yen)).collect();
    assert_eq!(m, [(101_930 + 24_750, 500), (114_440 + 51_150, 500), (100_440 + 33_000, 500)]);
    // One yen over and at the cap: a co-payment of exactly 500 leaves nothing for it to pay.
    let one = |cost: i64| {
        let p = json!({"bracket": "u", "municipal_cap_yen": 500, "months": [{"month": "2026-10", "medical_cost_yen": cost, "inpatient": false}]});
        run(&TYPED, ON, p).months[0].municipal_yen
    };
    // 3割 of 1,690 = 507 → 510: 10 over; of 1,680 = 504 → 500: at the cap, nothing.
    assert_eq!((one(1_690), one(1_680)), (10, 0));
}

#[test]
fn the_patients_own_room_is_borne_and_not_deducted() {
    let mut plan = admission();
    plan["own_room_daily_yen"] = json!(8_000);
    plan["months"][1]["own_room_days"] = json!(10);
    let o = run(&TYPED, ON, plan.clone());
    assert_eq!((o.months[1].own_room_yen, o.total_own_room_yen), (80_000, 80_000));
    assert_eq!(o.total_out_of_pocket_yen, 681_310 + 80_000);
    let c = &o.calendar_years[0];
    assert_eq!((c.counted_yen, c.own_room_not_included_yen), (681_310, 80_000));
    // Days without the charge, and more days than August has.
    plan["own_room_daily_yen"] = json!(0);
    refused(&TYPED, ON, plan.clone(), "own_room_daily_yen", "required_with_room_days");
    plan["own_room_daily_yen"] = json!(8_000);
    plan["months"][1]["own_room_days"] = json!(32);
    // A month's own mistake leaves that month out; the others are computed.
    let e = left_out(&TYPED, ON, plan);
    assert!(e.iter().any(|(f, c)| f == "months[1].own_room_days" && c == "out_of_range"), "{e:?}");
}

#[test]
fn a_subsidy_needs_its_tier_and_a_tier_its_subsidy() {
    let month = json!([{"month": "2026-08", "medical_cost_yen": 1_000_000}]);
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "public_aid": "child", "months": month}),
        "public_aid_tier",
        "required_with_public_aid",
    );
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "public_aid_tier": "low1", "months": month}),
        "public_aid",
        "required_with_public_aid",
    );
    let e =
        errors(&TYPED, ON, json!({"bracket": "u", "public_aid": "adult", "public_aid_tier": "low1", "months": month}));
    assert_eq!(e, [("public_aid".to_string(), "invalid_choice".to_string())]);
}

// ─────────────────────────────── When money moves (the cash view) ───────────────────────────────

fn cash_of(o: &Output, month: &str) -> (i64, i64, i64) {
    let c = o.cash.iter().find(|c| c.month == month).unwrap_or_else(|| panic!("{month} in {:?}", o.cash));
    (c.out_yen, c.in_yen, c.running_yen)
}

#[test]
fn without_a_certificate_the_family_is_most_out_of_pocket_before_the_benefit_comes_back() {
    let o = run(&TYPED, ON, with(admission(), "ceiling_certificate", json!(false)));
    // Paid out in the months of care: the whole co-payment + meals, JMDP's bill, the room and transport.
    assert_eq!(cash_of(&o, "2026-07"), (750_000 + 24_750 + 9_600, 0, -784_350));
    assert_eq!(cash_of(&o, "2026-08"), (960_000 + 51_150 + 34_500, 0, -1_830_000));
    assert_eq!(cash_of(&o, "2026-09"), (540_000 + 33_000 + 150_000 + 60_000, 0, -2_613_000));
    // 高額療養費 comes back 3 months after each month of care.
    assert_eq!(cash_of(&o, "2026-10"), (0, 647_570, -1_965_430));
    assert_eq!(cash_of(&o, "2026-11"), (0, 845_060, -1_120_370));
    assert_eq!(cash_of(&o, "2026-12"), (0, 439_060, -681_310));
    assert_eq!((o.cash_low_yen, o.cash_low_month.as_deref()), (Some(2_613_000), Some("2026-09")));
    // The tax the next spring: the income tax refund by April, the residence tax lower from June.
    let c = &o.calendar_years[0];
    assert_eq!(cash_of(&o, "2027-04").1, c.income_tax_saving_yen.unwrap());
    assert_eq!(cash_of(&o, "2027-06").1, c.resident_tax_saving_yen.unwrap());
    // In the end the balance is what is borne less the tax saved.
    assert_eq!(o.cash.last().unwrap().running_yen, -(o.total_out_of_pocket_yen - o.total_saving_yen.unwrap()));
    let ev = eval(&TYPED, ON, with(admission(), "ceiling_certificate", json!(false)));
    assert!(ev.rules.iter().any(|r| r.id == "patient_year.cash.high_cost_months"));
    assert_eq!(ev.trace.iter().find(|s| s.key == "cash.lowest").unwrap().amount, Some(2_613_000));
}

#[test]
fn the_fund_top_up_and_the_sickness_allowance_come_in_when_they_are_paid() {
    let o = run(&TYPED, ON, with_fund_25000(admission()));
    // With a certificate the window stops at the cap; the fund pays 3 months after each month.
    assert_eq!(cash_of(&o, "2026-09"), (343_940, 0, -681_310));
    assert_eq!(cash_of(&o, "2026-10"), (0, 77_400, -603_910));
    assert_eq!(cash_of(&o, "2026-12"), (0, 75_900, -438_110));
    assert_eq!(o.cash_low_month.as_deref(), Some("2026-09"));
    // 傷病手当金 for June (27 days) is claimed in July and paid in August.
    let o = run(&TYPED, ON, eight_months_off());
    let aug = o.cash.iter().find(|c| c.month == "2026-08").unwrap();
    let june = aug.items.iter().find(|i| i.what.ja == "2026年6月分の傷病手当金").unwrap();
    assert_eq!(june.amount_yen, 180_009);
    assert_eq!(june.what.en, "Sickness allowance for 2026-06");
}

#[test]
fn before_the_timing_pages_there_is_no_cash_view() {
    let o = run(&TYPED, "2026-11-30", admission());
    assert!(o.cash.is_empty() && o.cash_low_yen.is_none());
    let ev = eval(&TYPED, "2026-11-30", admission());
    assert!(ev.trace.iter().any(|s| s.key == "cash.not_in_force"));
}

#[test]
fn a_child_before_school_age_pays_2_wari_under_the_under_70_caps() {
    let plan = |cost: i64| json!({"age_group": "preschool", "bracket": "u", "months": [{"month": "2026-10", "medical_cost_yen": cost, "inpatient": false}]});
    // 2割 of 100,000: 20,000, under ウ's cap.
    let o = run(&TYPED, ON, plan(100_000));
    assert_eq!((o.high_cost.months[0].copay_percent, o.high_cost.months[0].copay_yen), (20, 20_000));
    // 2割 of 1,000,000 = 200,000 meets ウ's cap of 2026-10 (85,800 + 1% over 286,000 = 92,940).
    assert_eq!(run(&TYPED, ON, plan(1_000_000)).high_cost.months[0].copay_after_cap_yen, 92_940);
    let ev = eval(&TYPED, ON, plan(100_000));
    assert!(ev.rules.iter().any(|r| r.id == "insurance.copay.percent_preschool"));
    // A 70+ bracket is not a child's.
    let e = errors(
        &TYPED,
        ON,
        json!({"age_group": "preschool", "bracket": "ippan", "months": [{"month": "2026-10", "medical_cost_yen": 1}]}),
    );
    assert_eq!(e[0].0, "bracket", "{e:?}");
}

#[test]
fn a_household_shares_its_caps_as_the_certificate_says() {
    // 奈良県's example of 世帯按分: a parent under 指定難病 (上位所得, 30,000) and a child under
    // 小児慢性 (一般所得Ⅱ, 10,000) share the highest cap, 30,000, as 30:10 — 22,500 and 7,500 (the
    // page prints B's line as 10,000 × …, which does not give its 7,500: the rule is the household's
    // cap × the ratio). Each certificate says its share; the plan takes it instead of the cell.
    let month = json!([{"month": "2026-10", "medical_cost_yen": 1_000_000}]);
    let parent = json!({"bracket": "u", "public_aid": "intractable", "public_aid_tier": "upper", "public_aid_cap_yen": 30_000 * 30_000 / 40_000, "months": month});
    assert_eq!(run(&TYPED, ON, parent).months[0].aid_limit_yen, Some(22_500));
    let child = json!({"bracket": "u", "public_aid": "child", "public_aid_tier": "general2", "public_aid_cap_yen": "７，５００円", "months": month});
    let o = run(&TYPED, ON, child.clone());
    assert_eq!((o.months[0].aid_limit_yen, o.months[0].out_of_pocket_yen), (Some(7_500), 7_500));
    let ev = eval(&TYPED, ON, child);
    let step = ev.trace.iter().find(|s| s.key == "2026-10.aid_limit").unwrap();
    assert!(step.formula.ja.contains("受給者証の上限額（入力）"), "{}", step.formula.ja);
    // Above the table's cell (10,000) it cannot be: sharing only lowers a cap. At the cell it is taken.
    let over = json!({"bracket": "u", "public_aid": "child", "public_aid_tier": "general2", "public_aid_cap_yen": 10_010, "months": month});
    refused(&TYPED, ON, over, "public_aid_cap_yen", "exceeds_table_cap");
    let at = json!({"bracket": "u", "public_aid": "child", "public_aid_tier": "general2", "public_aid_cap_yen": 10_000, "months": month});
    assert_eq!(run(&TYPED, ON, at).months[0].aid_limit_yen, Some(10_000));
    // Without the subsidy, the certificate's cap alone is refused.
    let alone = json!({"bracket": "u", "public_aid_cap_yen": 7_500, "months": month});
    refused(&TYPED, ON, alone, "public_aid", "required_with_public_aid");
}
