use super::assess::assess;
use super::input::ALL_KINDS;
use super::rules::load_rules;
use super::*;
use crate::date::{ymd, Date};
use crate::msg::Errors;
use crate::params::Ctx;
// Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
use serde_json::Value;
#[allow(dead_code)]
fn parse(v: &Value) -> Result<Input, Errors> {
    super::parse(&v.into())
}

#[test]
fn keys_are_the_json_names() {
    for v in [RuleVersion::Seed2017, RuleVersion::Online2022] {
        assert_eq!(serde_json::to_value(v).unwrap(), serde_json::Value::from(v.key()));
    }
    for &k in ALL_KINDS {
        assert_eq!(serde_json::to_value(k).unwrap(), serde_json::Value::from(k.key()));
    }
}
use serde_json::json;

fn run(as_of: Date, input: Value) -> Output {
    let ctx = Ctx::over(as_of, TYPED.tables);
    let i = parse(&input).unwrap_or_else(|e| panic!("{e:?}"));
    compute(&i, &ctx).unwrap_or_else(|e| panic!("{e:?}")).result
}

#[test]
fn year_grid_from_29_february_follows_civil_code_143() {
    let s = ymd(2020, 2, 29);
    assert_eq!(year_bounds(s, 0), (ymd(2020, 2, 29), ymd(2021, 2, 28)));
    assert_eq!(year_bounds(s, 1), (ymd(2021, 3, 1), ymd(2022, 2, 28)));
    assert_eq!(year_bounds(s, 3), (ymd(2023, 3, 1), ymd(2024, 2, 28)));
    assert_eq!(year_bounds(ymd(2021, 4, 1), 3), (ymd(2024, 4, 1), ymd(2025, 3, 31)));
}

#[test]
fn counting_back_ends_the_grid_on_the_application_date() {
    for app in [
        ymd(2024, 2, 29),
        ymd(2024, 2, 28),
        ymd(2023, 2, 28),
        ymd(2100, 2, 28),
        ymd(2104, 2, 29),
        ymd(2024, 6, 1),
    ] {
        let s = window_back(app, 4);
        assert_eq!(year_bounds(s, 3).1, app, "{app}");
    }
    assert_eq!(window_back(ymd(2024, 6, 1), 4), ymd(2020, 6, 2));
}

#[test]
fn self_study_time_is_summed_within_a_year_and_capped() {
    let recs: Vec<Value> = (0..13)
        .map(|k| json!({"date": format!("2018-0{}-0{}", 4 + k / 9, 1 + k % 9), "kind": "self_study", "minutes": 120}))
        .collect();
    // 13 × 120 = 1,560 min = 6 credits (fraction dropped), capped at 5 for the year.
    let o = run(
        ymd(2021, 1, 1),
        json!({"mode": "initial", "application_date": "2019-01-01", "records": recs}),
    );
    assert_eq!(o.total_credits, 5);
    assert_eq!(o.caps_applied.len(), 1);
    assert_eq!(o.caps_applied[0].id, "pharmacist.limit.self_study_per_year");
}

#[test]
fn new_curriculum_credits_fill_the_year_first() {
    let o = run(
        ymd(2021, 1, 1),
        json!({"mode": "initial", "application_date": "2019-03-01", "records": [
            {"date": "2018-04-01", "kind": "practical", "minutes": 720},
            {"date": "2018-05-01", "kind": "practical", "minutes": 480, "new_curriculum": true},
        ]}),
    );
    // 4 exempt credits count; the other practical (6 raw) may fill only 5 − 4 = 1.
    assert_eq!(o.records[1].credits_counted, 4);
    assert_eq!(o.records[0].credits_counted, 1);
    assert_eq!(o.total_credits, 5);
}

/// The candidate search finds the same date as trying every day (both versions, renewal,
/// records around 29 February).
#[test]
fn earliest_date_matches_a_day_by_day_search() {
    let mut seed = 7u64;
    let mut next = |m: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    for trial in 0..12 {
        let base = ymd(2019, 2, 20);
        let recs: Vec<Value> = (0..24)
            .map(|_| {
                let d = base.add_days(next(1900) as i64);
                let kind = [
                    "collective",
                    "collective",
                    "collective",
                    "practical",
                    "group",
                    "self_study",
                ][next(6) as usize];
                json!({"date": d.to_string(), "kind": kind, "minutes": 150 + next(250) as i64})
            })
            .chain([json!({"date": "2020-02-29", "kind": "collective", "minutes": 360})])
            .collect();
        let renewal = trial % 3 == 2;
        let mut v = json!({"mode": if renewal {"renewal"} else {"initial"}, "application_date": "2025-01-01", "records": recs});
        if renewal {
            v["certified_date"] = json!("2019-02-19");
        }
        let input = parse(&v).unwrap();
        let as_of = if trial % 2 == 0 {
            ymd(2021, 6, 1)
        } else {
            ymd(2023, 6, 1)
        };
        let ctx = Ctx::over(as_of, TYPED.tables);
        let rules = load_rules(&input, &ctx).unwrap();
        let brute = (0..2800)
            .map(|k| ymd(2019, 2, 20).add_days(k))
            .filter(|d| !renewal || *d > ymd(2019, 2, 19))
            .find(|&d| assess(&input, &rules, d, false).eligible);
        assert_eq!(earliest_application_date(&input, &ctx), brute, "trial {trial}");
    }
}

#[test]
fn earliest_date_is_found_by_the_planner() {
    // 10 credits a year on the first day of four years from 2018-04-01 (seed version).
    let recs: Vec<Value> = (0..4)
        .flat_map(|y| {
            (0..3).map(move |d| json!({"date": format!("{}-04-0{}", 2018 + y, d + 1), "kind": "collective", "minutes": 360 - if d == 2 {180} else {0}}))
        })
        .collect();
    let input = parse(&json!({"mode": "initial", "application_date": "2021-04-02", "records": recs})).unwrap();
    let ctx = Ctx::over(ymd(2021, 6, 1), TYPED.tables);
    assert_eq!(earliest_application_date(&input, &ctx), Some(ymd(2021, 4, 3)));
}
