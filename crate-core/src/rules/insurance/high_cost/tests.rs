use super::*;
use crate::test_support::{day, errors, eval, refused, run};
use serde_json::{json, Value};

const ON: &str = "2026-12-01";

fn one(month: &str, pay: i64) -> Value {
    json!({"standard_monthly_remuneration_yen": pay, "months": [{"month": month, "medical_cost_yen": 1_000_000}]})
}

/// `n` months from `first` (YYYY-MM), each with the same cost.
fn months(first: (i32, u32), n: usize, cost: i64) -> Vec<Value> {
    (0..n)
        .map(|k| {
            let m = first.0 * 12 + first.1 as i32 - 1 + k as i32;
            json!({"month": format!("{:04}-{:02}", m / 12, m % 12 + 1), "medical_cost_yen": cost})
        })
        .collect()
}

#[test]
fn facts_worked_checks() {
    for (month, pay, bracket, cap, benefit) in [
        ("2026-08", 300_000, Band::U, 92_940, 207_060),
        ("2026-08", 600_000, Band::I, 183_130, 116_870),
        ("2026-08", 1_000_000, Band::A, 271_290, 28_710),
        ("2027-08", 400_000, Band::U2, 104_830, 195_170),
        ("2027-08", 650_000, Band::I2, 197_920, 102_080),
        ("2027-08", 1_100_000, Band::A2, 303_000, 0),
    ] {
        let o = run(&TYPED, ON, one(month, pay));
        let m = &o.months[0];
        assert_eq!(
            (m.bracket, m.copay_yen, m.cap_yen, m.benefit_yen),
            (bracket, 300_000, cap, benefit),
            "{month} {pay}"
        );
        assert_eq!(m.copay_after_cap_yen, 300_000 - benefit);
    }
}

#[test]
fn the_one_percent_term_rounds_half_up_and_the_copay_to_10_yen() {
    // 2026-08 ウ: (286,050 − 286,000) × 1% = 0.5 → 1; (286,049 − 286,000) × 1% = 0.49 → 0.
    let plan = json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 286_050}, {"month": "2026-09", "medical_cost_yen": 286_049}]});
    let o = run(&TYPED, ON, plan);
    assert_eq!((o.months[0].cap_yen, o.months[1].cap_yen), (85_801, 85_800));
    // 286,050 × 30% = 85,815 → 85,820 (10円未満四捨五入); 286,049 × 30% = 85,814.7 → 85,810.
    assert_eq!((o.months[0].copay_yen, o.months[1].copay_yen), (85_820, 85_810));
    assert_eq!((o.months[0].benefit_yen, o.months[1].benefit_yen), (19, 10));
}

#[test]
fn many_times_from_the_4th_benefit_month_in_12() {
    let o = run(&TYPED, ON, json!({"bracket": "u", "months": months((2026, 8), 5, 1_000_000)}));
    let caps: Vec<i64> = o.months.iter().map(|m| m.cap_yen).collect();
    assert_eq!(caps, [92_940, 92_940, 92_940, 44_400, 44_400]);
    assert!(o.months[3].many_times && !o.months[2].many_times);
    // Three benefit months before the plan, within the 11 months before it, count.
    let plan = json!({"bracket": "u", "prior_benefit_months": ["2025-12", "2026/1", "2026年2月"], "months": months((2026, 11), 1, 1_000_000)});
    assert_eq!(run(&TYPED, ON, plan).months[0].cap_yen, 44_400);
    // 2025-11 is 12 months before 2026-11: outside the window.
    let plan = json!({"bracket": "u", "prior_benefit_months": ["2025-11", "2026-01", "2026-02"], "months": months((2026, 11), 1, 1_000_000)});
    assert_eq!(run(&TYPED, ON, plan).months[0].cap_yen, 92_940);
}

#[test]
fn a_copay_equal_to_the_cap_is_no_benefit_and_does_not_count() {
    // 2026-08 ウ at the threshold: 286,000 × 30% = 85,800 = the cap, benefit 0.
    let mut plan = months((2026, 8), 3, 286_000);
    plan.extend(months((2026, 11), 1, 1_000_000));
    let o = run(&TYPED, ON, json!({"bracket": "u", "months": plan}));
    assert!(o.months[..3].iter().all(|m| m.benefit_yen == 0 && !m.counts_toward_many_times));
    assert!(!o.months[3].many_times);
}

#[test]
fn the_yearly_cap_over_an_august_to_july_year() {
    // ウ 2026-08〜2027-07: 3 × 92,940 + 9 × 44,400 = 678,420 paid; cap 530,000 → refund 148,420.
    let o = run(&TYPED, ON, json!({"bracket": "u", "months": months((2026, 8), 12, 1_000_000)}));
    assert_eq!(o.years.len(), 1);
    let y = &o.years[0];
    assert_eq!(
        (y.from.as_str(), y.year_cap_yen, y.year_paid_yen, y.year_refund_yen),
        ("2026-08", Some(530_000), 678_420, 148_420)
    );
    assert_eq!(o.total_paid_yen, 678_420 - 148_420);
    // エ with 年収約200万円以下: 3 × 61,500 + 9 × 44,400 = 584,100; cap 410,000 → 174,100.
    let o = run(
        &TYPED,
        ON,
        json!({"bracket": "e", "low_income_under_2m": true, "months": months((2026, 8), 12, 1_000_000)}),
    );
    assert_eq!((o.years[0].year_cap_yen, o.years[0].year_refund_yen), (Some(410_000), 174_100));
    // Paid before the plan in the same year counts for the first year only.
    let plan = json!({"standard_monthly_remuneration_yen": 300_000, "year_paid_before_yen": 500_000, "months": months((2027, 7), 2, 1_000_000)});
    let o = run(&TYPED, ON, plan);
    assert_eq!((o.years[0].year_paid_yen, o.years[0].year_refund_yen), (500_000 + 92_940, 62_940));
    // The next year (2027-08, band u3: the same formula as ウ) starts from nothing.
    assert_eq!(
        (o.years[1].from.as_str(), o.months[1].bracket, o.years[1].year_paid_yen),
        ("2027-08", Band::U3, 92_940)
    );
}

#[test]
fn a_plan_across_the_table_switches() {
    let o = run(
        &TYPED,
        ON,
        json!({"standard_monthly_remuneration_yen": 400_000, "months": months((2026, 7), 2, 1_000_000)}),
    );
    assert_eq!((o.months[0].cap_yen, o.months[1].cap_yen), (87_430, 92_940));
    assert_eq!((o.years[0].year_cap_yen, o.years[1].year_cap_yen), (None, Some(530_000)));
    let o = run(
        &TYPED,
        ON,
        json!({"standard_monthly_remuneration_yen": 400_000, "months": months((2027, 7), 2, 1_000_000)}),
    );
    assert_eq!((o.months[0].bracket, o.months[1].bracket), (Band::U, Band::U2));
    // A key of one table only is refused for the other's months, naming them and the table.
    let e = TYPED
        .run(&crate::value::Value::from(json!({"bracket": "u", "months": months((2027, 6), 3, 1_000_000)})), day(ON))
        .unwrap_err();
    assert_eq!((e.len(), e[0].field.as_str(), e[0].code.as_str()), (1, "bracket", "not_in_table"));
    // The table's brackets by their labels (the page's choices), never by key.
    assert_eq!(
        e[0].message.ja,
        "区分「ウ：28〜50万円（〜2027年7月）」は 2027-08 の表にありません（この表の区分: 標準報酬月額127万円〜（2027年8月〜）、\
         103〜121万円（2027年8月〜）、83〜98万円（2027年8月〜）、71〜79万円（2027年8月〜）、62〜68万円（2027年8月〜）、\
         53〜59万円（2027年8月〜）、44〜50万円（2027年8月〜）、36〜41万円（2027年8月〜）、28〜34万円（2027年8月〜）、\
         20〜26万円（2027年8月〜）、16〜19万円（2027年8月〜）、15万円以下（2027年8月〜）、オ：住民税非課税）"
    );
    assert!(e[0].message.en.starts_with("Bracket “U: ¥280k–500k (to July 2027)” is not in the table for 2027-08 (its brackets: Monthly pay ¥1.27m+ (from Aug 2027); "));
    refused(&TYPED, ON, json!({"bracket": "u2", "months": months((2027, 7), 1, 1)}), "bracket", "not_in_table");
    refused(&TYPED, ON, json!({"bracket": "u", "months": months((2014, 12), 1, 1)}), "months[0].month", "not_in_force");
}

#[test]
fn over_70_outpatient_and_inpatient_months() {
    let plan = json!({"age_group": "over70", "bracket": "ippan", "months": [
        {"month": "2026-08", "medical_cost_yen": 200_000, "inpatient": false},
        {"month": "2026-09", "medical_cost_yen": 200_000, "inpatient": false},
        {"month": "2026-10", "medical_cost_yen": 200_000, "inpatient": false},
        {"month": "2026-11", "medical_cost_yen": 600_000},
    ]});
    let o = run(&TYPED, ON, plan);
    // 20%: 40,000 co-payment, 外来 cap 22,000; three 外来 months do not count toward 多数回.
    assert!(o.months[..3]
        .iter()
        .all(|m| m.outpatient_cap && m.cap_yen == 22_000 && m.benefit_yen == 18_000 && !m.counts_toward_many_times));
    assert_eq!((o.months[3].cap_yen, o.months[3].many_times), (61_500, false));
    assert_eq!(o.years[0].outpatient_year_paid_yen, 66_000);
    assert_eq!(o.years[0].outpatient_year_cap_yen, Some(216_000));
    // 現役並み: the under-70 formula and 30%.
    let o = run(
        &TYPED,
        ON,
        json!({"age_group": "over70", "standard_monthly_remuneration_yen": 600_000, "months": months((2026, 8), 1, 1_000_000)}),
    );
    assert_eq!(
        (o.months[0].bracket, o.months[0].formula_bracket, o.months[0].copay_percent, o.months[0].cap_yen),
        (Band::Genekinami2, Some(Band::I), 30, 183_130)
    );
    // From 2027-08 a 現役並み key alone is not enough.
    refused(
        &TYPED,
        ON,
        json!({"age_group": "over70", "bracket": "genekinami2", "months": months((2027, 8), 1, 1)}),
        "bracket",
        "needs_remuneration",
    );
}

/// A plan of one month (the month's own row `row`) with other co-payments `others`.
fn household(age: &str, bracket: &str, row: Value, others: Value) -> Value {
    json!({"age_group": age, "bracket": bracket, "months": [row], "other_copays": others})
}

#[test]
fn the_published_household_example_adds_up_the_medical_costs_of_every_co_payment_joined() {
    // 大和市「高額療養費の計算例（70歳未満の世帯）」, ウ (the caps until 2026-07): the husband's B病院
    // stay (医療費 400,000, 120,000) is the month's own row; his A病院 外来 (200,000, 60,000) and the
    // wife's C病院 (100,000, 30,000) add up; her D病院 (10,000, 3,000) is under 21,000 and does not.
    let plan = household(
        "under70",
        "u",
        json!({"month": "2024-12", "medical_cost_yen": 400_000}),
        json!([
            {"month": "2024-12", "member": "patient", "provider": "A病院", "setting": "outpatient", "medical_cost_yen": 200_000, "copay_yen": 60_000},
            {"month": "2024-12", "member": "member1", "provider": "C病院", "setting": "outpatient", "medical_cost_yen": 100_000, "copay_yen": 30_000},
            {"month": "2024-12", "member": "member1", "provider": "D病院", "setting": "outpatient", "medical_cost_yen": 10_000, "copay_yen": 3_000}
        ]),
    );
    let ev = eval(&TYPED, ON, plan);
    let m = &ev.result.months[0];
    let h = m.household.as_ref().expect("a household month");
    // 80,100 + (700,000 − 267,000) × 1% = 84,430; 210,000 − 84,430 = 125,570 (the patient's medical
    // cost alone, 600,000, would give 83,430 and 126,570).
    assert_eq!((h.medical_cost_yen, h.copay_yen, h.cap_yen), (700_000, 210_000, 84_430));
    assert_eq!((m.cap_yen, m.benefit_yen), (84_430, 125_570));
    assert_eq!(h.copays.iter().map(|c| c.joined).collect::<Vec<_>>(), [true, true, true, false]);
    assert_eq!(h.others_copay_yen, 30_000);
    // The patient's own: 120,000 + 60,000; the benefit first lowers them (a reading, in the trace).
    assert_eq!((m.medical_cost_yen, m.copay_yen, m.copay_after_cap_yen), (600_000, 180_000, 54_430));
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key}"));
    assert_eq!(
        step("2024-12.household").formula.ja,
        "120,000円（本人・入院） + 60,000円（本人・A病院・外来） + 30,000円（家族1・C病院・外来） = 210,000円。医療費（10割）400,000円 + 200,000円 + 100,000円 = 700,000円"
    );
    assert_eq!(step("2024-12.cap_excess").formula.en, "max(0, 700,000 yen − 267,000 yen) = 433,000 yen");
    assert_eq!(step("2024-12.benefit").formula.en, "max(0, 210,000 yen (added up) − 84,430 yen) = 125,570 yen");
    assert_eq!(
        step("2024-12.household_min.3").formula.en,
        "3,000 yen < 21,000 yen (per person, hospital and setting): it does not add up"
    );
    step("reading.household_share");
    step("note.household_ages");
    // With a ceiling certificate each window stops at a cap on its own 医療費: B病院 120,000 →
    // 80,100 + 1,330 = 81,430; A病院 60,000 is under its 80,100.
    assert_eq!(m.window_copay_yen, 81_430 + 60_000);
}

#[test]
fn under_70_a_co_payment_joins_from_21000_yen_on_both_sides_of_the_bound() {
    let with = |copay: i64| {
        let plan = household(
            "under70",
            "u",
            json!({"month": "2026-08", "medical_cost_yen": 1_000_000}),
            json!([{"month": "2026-08", "member": "member2", "provider": "X", "setting": "outpatient", "medical_cost_yen": 70_000, "copay_yen": copay}]),
        );
        run(&TYPED, ON, plan).months[0].clone()
    };
    // 20,999: not joined; the cap stays on the patient's 1,000,000: 92,940, benefit 207,060.
    let m = with(20_999);
    assert_eq!((m.cap_yen, m.benefit_yen), (92_940, 207_060));
    assert!(!m.household.as_ref().unwrap().copays[1].joined);
    // 21,000: joined; 85,800 + (1,070,000 − 286,000) × 1% = 93,640; 321,000 − 93,640 = 227,360.
    let m = with(21_000);
    assert_eq!((m.cap_yen, m.benefit_yen), (93_640, 227_360));
    assert_eq!(m.household.as_ref().unwrap().medical_cost_yen, 1_070_000);
    // The patient's own month row meets the same test: 70,000 × 30% = 21,000 joins, 69,980 × 30% = 20,990 does not.
    let own = |cost: i64| {
        let plan = household(
            "under70",
            "u",
            json!({"month": "2026-08", "medical_cost_yen": cost}),
            json!([{"month": "2026-08", "member": "member1", "provider": "Y", "setting": "inpatient", "medical_cost_yen": 400_000, "copay_yen": 120_000}]),
        );
        run(&TYPED, ON, plan).months[0].clone()
    };
    // 70,000 → 21,000 joins: 85,800 + (470,000 − 286,000) × 1% = 87,640; 141,000 − 87,640 = 53,360.
    let m = own(70_000);
    assert_eq!((m.copay_yen, m.cap_yen, m.benefit_yen, m.copay_after_cap_yen), (21_000, 87_640, 53_360, 0));
    // 69,980 → 20,990 does not: the family's 120,000 alone, 85,800 + 1,140 = 86,940 → 33,060.
    let m = own(69_980);
    assert_eq!((m.copay_yen, m.cap_yen, m.benefit_yen, m.copay_after_cap_yen), (20_990, 86_940, 33_060, 20_990));
}

#[test]
fn rows_of_one_person_hospital_and_setting_are_added_before_the_21000_test() {
    let plan = |second: &str| {
        household(
            "under70",
            "u",
            json!({"month": "2026-08", "medical_cost_yen": 1_000_000}),
            json!([
                {"month": "2026-08", "member": "patient", "provider": "Clinic K", "setting": "outpatient", "medical_cost_yen": 40_000, "copay_yen": 12_000},
                {"month": "2026-08", "member": "patient", "provider": second, "setting": "outpatient", "medical_cost_yen": 30_000, "copay_yen": 9_000}
            ]),
        )
    };
    // Ｃｌｉｎｉｃ　Ｋ is the same clinic typed in full width: 12,000 + 9,000 = 21,000 joins.
    let m = run(&TYPED, ON, plan("Ｃｌｉｎｉｃ　Ｋ")).months[0].clone();
    assert_eq!((m.cap_yen, m.benefit_yen), (93_640, 321_000 - 93_640));
    assert_eq!(m.copay_yen, 321_000);
    // Two clinics: neither reaches 21,000; the patient pays them in full.
    let m = run(&TYPED, ON, plan("Clinic L")).months[0].clone();
    assert_eq!((m.cap_yen, m.benefit_yen, m.copay_after_cap_yen), (92_940, 207_060, 92_940 + 21_000));
}

#[test]
fn from_70_every_co_payment_joins_the_outpatient_cap_first() {
    // 大和市「高額療養費の計算例（70歳以上の人のみの世帯）」, 一般 (until 2026-07): the husband's 外来 at
    // A and B (50,000 each, 2割 10,000) and the wife's stay at C (800,000; 57,600 paid at the window).
    // 外来: 20,000 − 18,000 = 2,000; household: 18,000 + 57,600 − 57,600 = 18,000; in all 20,000.
    let plan = household(
        "over70",
        "ippan",
        json!({"month": "2024-12", "medical_cost_yen": 50_000, "inpatient": false}),
        json!([
            {"month": "2024-12", "member": "patient", "provider": "B病院", "setting": "outpatient", "medical_cost_yen": 50_000, "copay_yen": 10_000},
            {"month": "2024-12", "member": "member1", "provider": "C病院", "setting": "inpatient", "medical_cost_yen": 800_000, "copay_yen": 57_600}
        ]),
    );
    let ev = eval(&TYPED, ON, plan);
    let m = &ev.result.months[0];
    let h = m.household.as_ref().unwrap();
    assert_eq!((m.copay_yen, m.benefit_yen, h.outpatient_benefit_yen, h.cap_yen), (20_000, 20_000, 2_000, 57_600));
    assert!(m.outpatient_cap && m.counts_toward_many_times);
    assert_eq!(m.cap_yen, 18_000);
    // Every co-payment joins from 70, even one of 3,000.
    assert!(h.copays.iter().all(|c| c.joined));
    // The patient: 20,000 − (2,000 + 18,000) = 0.
    assert_eq!(m.copay_after_cap_yen, 0);
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key}"));
    assert_eq!(
        step("2024-12.outpatient_benefit").formula.en,
        "max(0, 10,000 yen (patient, outpatient) + 10,000 yen (patient, B病院, outpatient) − 18,000 yen) = 2,000 yen"
    );
    assert_eq!(
        step("2024-12.benefit").formula.en,
        "2,000 yen (outpatient, individual) + max(0, 75,600 yen (added up) − 57,600 yen) = 20,000 yen"
    );
    // A family member's 外来 meets its own individual cap first: 30,000 → 18,000.
    let plan = household(
        "over70",
        "ippan",
        json!({"month": "2024-12", "medical_cost_yen": 400_000}),
        json!([{"month": "2024-12", "member": "member1", "provider": "E", "setting": "outpatient", "medical_cost_yen": 150_000, "copay_yen": 30_000}]),
    );
    let m = run(&TYPED, ON, plan).months[0].clone();
    // 12,000 (外来) + max(0, 80,000 + 18,000 − 57,600) = 12,000 + 40,400 = 52,400; the patient keeps 57,600 − 18,000.
    assert_eq!((m.benefit_yen, m.copay_after_cap_yen), (52_400, 80_000 - 40_400));
}

#[test]
fn an_old_plan_with_the_retired_household_amount_is_refused_on_its_cell_not_dropped() {
    let old = |v: Value| json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 1_000_000, "other_household_copay_yen": v}]});
    let e = TYPED.run(&crate::value::Value::from(old(json!(50_000))), day(ON)).unwrap_err();
    assert_eq!(
        (e[0].field.as_str(), e[0].code.as_str()),
        ("months[0].other_household_copay_yen", "moved_to_other_copays")
    );
    assert!(e[0].message.ja.contains("50,000円") && e[0].message.en.contains("other_copays"), "{:?}", e[0].message);
    // The old default (0, as typed or saved) is no value: ignored.
    for zero in [json!(0), json!("0"), json!("０円"), json!("")] {
        assert_eq!(run(&TYPED, ON, old(zero)).months[0].benefit_yen, 207_060);
    }
}

#[test]
fn other_co_payment_rows_are_checked() {
    let plan = |row: Value| {
        household("under70", "u", json!({"month": "2026-08", "medical_cost_yen": 1_000_000}), json!([row]))
    };
    let row = |extra: Value| {
        let mut r = json!({"month": "2026-08", "member": "member1", "provider": "X", "setting": "outpatient", "medical_cost_yen": 100_000, "copay_yen": 30_000});
        r.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        r
    };
    refused(&TYPED, ON, plan(row(json!({"month": "2026-09"}))), "other_copays[0].month", "not_in_plan");
    refused(&TYPED, ON, plan(row(json!({"copay_yen": 100_001}))), "other_copays[0].copay_yen", "exceeds_cost");
    refused(&TYPED, ON, plan(row(json!({"provider": " "}))), "other_copays[0].provider", "required");
    refused(&TYPED, ON, plan(row(json!({"setting": "ward"}))), "other_copays[0].setting", "invalid_choice");
    // Japanese names of the choices are read too.
    let m = run(&TYPED, ON, plan(row(json!({"member": "家族2", "setting": "外来"})))).months[0].clone();
    assert_eq!(m.household.unwrap().copays[1].member, Member::Member2);
}

#[test]
fn a_change_of_insurer_starts_the_4th_month_count_again() {
    let plan = |changed: Option<usize>| {
        let mut ms = months((2026, 8), 5, 1_000_000);
        if let Some(i) = changed {
            ms[i]["insurer_changed"] = json!(true);
        }
        json!({"bracket": "u", "months": ms})
    };
    let caps = |o: Output| o.months.iter().map(|m| m.cap_yen).collect::<Vec<_>>();
    assert_eq!(caps(run(&TYPED, ON, plan(None))), [92_940, 92_940, 92_940, 44_400, 44_400]);
    // A new insurer from November: August to October no longer count.
    let ev = eval(&TYPED, ON, plan(Some(3)));
    assert_eq!(caps(ev.result.clone()), [92_940; 5]);
    assert!(ev.result.months[3].insurer_changed);
    let step = ev.trace.iter().find(|s| s.key == "2026-11.insurer_changed").expect("the note");
    assert!(step.formula.ja.contains("3か月は多数回の回数に数えません"), "{}", step.formula.ja);
    assert!(ev.trace.iter().any(|s| s.key == "reading.yearly_cap_across_insurers"));
    // The yearly cap still counts the whole August-to-July year across the change.
    assert_eq!(ev.result.years[0].year_paid_yen, 5 * 92_940);
    // On the plan's first month it drops the earlier months given.
    let first = json!({"bracket": "u", "prior_benefit_months": ["2026-05", "2026-06", "2026-07"], "months": [
        {"month": "2026-08", "medical_cost_yen": 1_000_000, "insurer_changed": true}
    ]});
    assert_eq!(run(&TYPED, ON, first).months[0].cap_yen, 92_940);
}

#[test]
fn meals_are_paid_on_top_by_the_dated_charge() {
    let plan = |month: &str, extra: Value| {
        let mut row = json!({"month": month, "medical_cost_yen": 1_000_000, "meals": 10});
        row.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        json!({"bracket": "u", "months": [row]})
    };
    assert_eq!(run(&TYPED, ON, plan("2025-03", json!({}))).months[0].meals_yen, 4_900);
    assert_eq!(run(&TYPED, ON, plan("2025-04", json!({}))).months[0].meals_yen, 5_100);
    assert_eq!(run(&TYPED, ON, plan("2025-04", json!({"meal_yen": 300}))).months[0].meals_yen, 3_000);
    refused(&TYPED, ON, plan("2024-05", json!({})), "months[0].meals", "not_in_force");
    assert_eq!(run(&TYPED, ON, plan("2024-05", json!({"meal_yen": 460}))).months[0].paid_yen, 87_430 + 4_600);
    refused(&TYPED, ON, plan("2025-04", json!({"inpatient": false})), "months[0].meals", "requires_inpatient");
    // 2026-06-01: 一般 550 (the day before, 510).
    assert_eq!(run(&TYPED, ON, plan("2026-05", json!({}))).months[0].meal_yen, Some(510));
    assert_eq!(run(&TYPED, ON, plan("2026-06", json!({}))).months[0].meal_yen, Some(550));
}

#[test]
fn from_june_2026_the_low_income_meal_charge_is_the_amount_on_the_bill() {
    let plan = |age: &str, bracket: &str, month: &str, meal_yen: Option<i64>| {
        let mut row = json!({"month": month, "medical_cost_yen": 500_000, "meals": 10});
        if let Some(y) = meal_yen {
            row["meal_yen"] = json!(y);
        }
        json!({"age_group": age, "bracket": bracket, "months": [row]})
    };
    // The 2025 figure until 2026-05 …
    assert_eq!(run(&TYPED, ON, plan("under70", "o", "2026-05", None)).months[0].meal_yen, Some(240));
    assert_eq!(run(&TYPED, ON, plan("over70", "teishotoku1", "2026-05", None)).months[0].meal_yen, Some(110));
    // … never after: the bill's amount is asked for, with why.
    for (age, bracket) in [("under70", "o"), ("over70", "teishotoku2"), ("over70", "teishotoku1")] {
        let e = TYPED.run(&crate::value::Value::from(plan(age, bracket, "2026-06", None)), day(ON)).unwrap_err();
        assert_eq!(
            (e[0].field.as_str(), e[0].code.as_str()),
            ("months[0].meal_yen", "bill_amount_needed"),
            "{bracket}"
        );
        assert!(e[0].message.ja.contains("請求書") && e[0].message.en.contains("550 yen"), "{:?}", e[0].message);
        assert_eq!(run(&TYPED, ON, plan(age, bracket, "2026-06", Some(260))).months[0].meals_yen, 2_600);
    }
    // 一般 from 2026-06 notes that the other charges are not known; the 550 row is medium-high.
    let ev = eval(&TYPED, ON, plan("under70", "u", "2026-06", None));
    assert!(ev.trace.iter().any(|s| s.key == "note.meals_2026" && s.formula.en.contains("550 yen")));
    assert!(!ev.trace.iter().any(|s| s.key == "note.meal_other_charges"));
    let row = ev.rules.iter().find(|r| r.id == "insurance.meals.general").unwrap();
    assert_eq!((row.value, row.confidence), (550, crate::params::Confidence::MediumHigh));
}

#[test]
fn the_input_is_checked() {
    refused(&TYPED, ON, json!({"months": months((2026, 8), 1, 1)}), "bracket", "required");
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "standard_monthly_remuneration_yen": 1, "months": months((2026, 8), 1, 1)}),
        "bracket",
        "conflict",
    );
    refused(
        &TYPED,
        ON,
        json!({"bracket": "o", "resident_tax_exempt": true, "months": months((2026, 8), 1, 1)}),
        "resident_tax_exempt",
        "requires_remuneration",
    );
    let m = json!([{"month": "2026-09", "medical_cost_yen": 1}, {"month": "2026-08", "medical_cost_yen": 1}, {"month": "2026-08", "medical_cost_yen": 1}]);
    assert_eq!(
        errors(&TYPED, ON, json!({"bracket": "u", "months": m})),
        vec![
            ("months[1].month".to_string(), "out_of_order".to_string()),
            ("months[2].month".to_string(), "repeated".to_string()),
        ]
    );
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "prior_benefit_months": ["2026-08"], "months": months((2026, 8), 1, 1)}),
        "prior_benefit_months[0]",
        "not_before_plan",
    );
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "months": [{"month": "2026-13", "medical_cost_yen": 1}]}),
        "months[0].month",
        "invalid_month",
    );
    refused(
        &TYPED,
        ON,
        json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 1, "copay_percent": 25}]}),
        "months[0].copay_percent",
        "invalid_choice",
    );
    refused(&TYPED, ON, json!({"bracket": "u", "months": []}), "months", "required");
    refused(&TYPED, ON, json!({"bracket": "u", "months": months((2026, 1), 37, 1)}), "months", "too_many");
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost": 1}]});
    let e = TYPED.run(&crate::value::Value::from(input), day(ON)).unwrap_err();
    assert_eq!((e[0].field.as_str(), e[0].code.as_str()), ("months[0].medical_cost", "unknown_field"));
    assert_eq!(e[0].message.en, "medical_cost is not a field of this input. Did you mean medical_cost_yen?");
    refused(&TYPED, ON, json!({"braket": "u", "months": months((2026, 8), 1, 1)}), "braket", "unknown_field");
}

#[test]
fn english_formulas_read_in_english() {
    let plan = json!({"standard_monthly_remuneration_yen": 300_000, "months": [
        {"month": "2026-08", "medical_cost_yen": 1_000_000, "meals": 10, "advanced_care_yen": 50_000}
    ]});
    let ev = eval(&TYPED, ON, plan);
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key}"));
    assert_eq!(step("2026-08.bracket").formula.en, "Standard monthly pay 300,000 yen ≥ 280,000 yen → bracket U");
    assert_eq!(step("2026-08.copay").formula.en, "1,000,000 yen × 30% = 300,000 yen → 300,000 yen");
    assert_eq!(step("2026-08.copay").source.text(false), "健康保険法（大正11年法律第70号）第75条");
    assert_eq!(step("2026-08.cap_excess_rate").formula.en, "714,000 yen × 1% = 7,140 yen → 7,140 yen");
    assert_eq!(step("2026-08.cap").formula.en, "85,800 + 7,140 = 92,940 yen");
    assert_eq!(step("2026-08.cap").source, params::SRC_2026);
    assert_eq!(step("2026-08.benefit").formula.en, "max(0, 300,000 yen − 92,940 yen) = 207,060 yen");
    assert_eq!(step("2026-08.meals").formula.en, "550 yen × 10 meals = 5,500 yen (not part of the high-cost benefit)");
    assert_eq!(step("2026-08.paid").formula.en, "92,940 yen + 5,500 yen + 50,000 yen = 148,440 yen");
    assert_eq!(
        step("year.2026-08.refund").formula.en,
        "max(0, 92,940 yen − 0 yen − 530,000 yen (bracket U's yearly cap)) = 0 yen"
    );
    for key in
        ["note.window", "note.yearly_cap_refund", "note.published_figures", "note.jmdp_fees", "note.advanced_care"]
    {
        step(key);
    }
    crate::test_support::assert_english_trace(&ev);
    // The 2026-08 rows carry their confidence.
    let base = ev.rules.iter().find(|r| r.id == "advanced.high_cost.under70.u.base").unwrap();
    assert_eq!(base.confidence, crate::params::Confidence::High);
}

#[test]
fn every_table_has_one_version_per_period_and_confidence_by_period() {
    use crate::params::Confidence;
    for p in PARAMS {
        let expected = match (p.id.contains(".over70."), p.from.year) {
            (true, _) => Confidence::Medium,
            (false, 2027) => Confidence::MediumHigh,
            _ => Confidence::High,
        };
        if p.id.starts_with("advanced.high_cost.") && p.id != params::HOUSEHOLD_MIN_COPAY.id {
            assert_eq!(p.confidence, expected, "{}", p.id);
        }
    }
    // Each month of the three periods has its own under-70 table.
    let ctx = crate::params::Ctx::over(day(ON), TYPED.tables);
    let keys = |d: &str| {
        bands_in_force(AgeGroup::Under70, day(d), &ctx)
            .iter()
            .map(|b| crate::schema::Choose::key(*b))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(keys("2026-07-01"), "a i u e o");
    assert_eq!(keys("2027-07-01"), "a i u e o");
    assert_eq!(keys("2027-08-01"), "a1 a2 a3 i1 i2 i3 u1 u2 u3 e1 e2 e3 o");
    assert_eq!(keys("2014-12-01"), "");
}
