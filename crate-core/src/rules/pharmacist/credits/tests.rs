use super::assess::assess;
use super::input::ALL_KINDS;
use super::rules::load_rules_on;
use super::*;
use crate::date::ymd;
use crate::params::Ctx;
use crate::schema::Choose;
use crate::test_support::{day, errors, eval, refused, run};
use crate::value::Value;
use serde_json::json;

/// The seed version is in force on this day; the online one from 2022-04-01.
const SEED_AS_OF: &str = "2021-06-01";
const ONLINE_AS_OF: &str = "2023-06-01";

fn input(v: serde_json::Value) -> Input {
    parse(&Value::from(v)).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn keys_are_the_json_names() {
    for v in [RuleVersion::Guidelines2017, RuleVersion::Online2022] {
        assert_eq!(serde_json::to_value(v).unwrap(), serde_json::Value::from(v.key()));
    }
    for &k in ALL_KINDS {
        assert_eq!(serde_json::to_value(k).unwrap(), serde_json::Value::from(k.key()));
    }
}

#[test]
fn the_schema_holds_the_pages_choices_and_which_fields_a_kind_uses() {
    let kinds: Vec<&str> = schema::KIND.choices().iter().map(|c| c.key).collect();
    assert_eq!(
        kinds,
        ["collective", "practical", "group", "correspondence", "special_course", "internet", "self_study"]
    );
    assert_eq!(Kind::Collective.label().ja, "集合研修（研修会・学会等）");
    assert_eq!(Kind::Collective.name().ja, "集合研修");
    assert_eq!(TreatAs::SelfStudy.label().en, "as self-study (default)");
    assert_eq!(SCHEMA.rows("records").map(|r| r.max), Some(MAX_RECORDS));
    // A day count on a practical training does not apply: it is not read (nor refused).
    let i = input(json!({"mode": "initial", "application_date": "2019-01-01", "records": [
        {"date": "2018-04-01", "kind": "practical", "minutes": 240, "days": 0, "special_practical": false},
    ]}));
    assert_eq!((i.records[0].days, i.records[0].special_practical), (1, false));
}

#[test]
fn values_a_kind_cannot_use_are_still_refused() {
    let rec = |r: serde_json::Value| json!({"mode": "initial", "application_date": "2019-01-01", "records": [r]});
    refused(
        &TYPED,
        SEED_AS_OF,
        rec(json!({"date": "2018-04-01", "kind": "group", "minutes": 90, "credits": 1})),
        "records[0].credits",
        "not_applicable",
    );
    refused(
        &TYPED,
        SEED_AS_OF,
        rec(json!({"date": "2018-04-01", "kind": "internet", "special_practical": "true", "credits": 1})),
        "records[0].special_practical",
        "not_applicable",
    );
    refused(
        &TYPED,
        SEED_AS_OF,
        rec(json!({"date": "2018-04-01", "kind": "internet"})),
        "records[0].credits",
        "required",
    );
    refused(
        &TYPED,
        SEED_AS_OF,
        rec(json!({"date": "2018-04-01", "kind": "correspondence", "credits": 2, "treat_as": "club"})),
        "records[0].treat_as",
        "invalid_choice",
    );
}

#[test]
fn a_renewal_without_its_certification_date_is_told_which_date() {
    let v = json!({"mode": "renewal", "application_date": "2020-01-01", "records": []});
    let all = TYPED.run(&Value::from(v), day(SEED_AS_OF)).unwrap_err();
    let e = all.iter().find(|e| e.field == "certified_date").expect("an error on certified_date");
    assert_eq!((e.code.as_str(), e.message.ja.as_str()), ("required", "更新の場合は現在の認定日を入力してください"));
    // The initial mode does not ask for it.
    run(&TYPED, SEED_AS_OF, json!({"mode": "initial", "application_date": "2020-01-01", "records": []}));
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let v = json!({"mode": "initial", "application_date": "2019-01-01", "records": [
        {"date": "2018-04-01", "kind": "collective", "minute": 90},
    ]});
    let e = errors(&TYPED, SEED_AS_OF, v.clone());
    assert!(e.contains(&("records[0].minute".to_string(), "unknown_field".to_string())), "{e:?}");
    let all = TYPED.run(&Value::from(v), day(SEED_AS_OF)).unwrap_err();
    let msg = &all.iter().find(|e| e.field == "records[0].minute").unwrap().message;
    assert_eq!(msg.ja, "minute は使えない項目です。minutes のことですか");
    assert_eq!(msg.en, "minute is not a field of this input. Did you mean minutes?");
    refused(
        &TYPED,
        SEED_AS_OF,
        json!({"mode": "initial", "application_date": "2019-01-01", "certfied_date": "2018-01-01"}),
        "certfied_date",
        "unknown_field",
    );
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        SEED_AS_OF,
        json!({"mode": "initial", "application_date": "2019-01-01", "records": [
            {"date": "2018-04-01", "kind": "collective", "minutes": 450, "lecturer": true},
        ]}),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("no step {key}"));
    let record = step("record_0");
    assert_eq!(
        record.formula.ja,
        "2018-04-01 集合研修: 90分=1単位（1日4単位まで） → 5単位 → 上限 4単位（集合研修 1日の上限（1日4単位を上限）） + 講師 1単位 = 5単位"
    );
    assert_eq!(
        record.formula.en,
        "2018-04-01 Collective training: 90 min = 1 credit (at most 4 a day) → 5 credits → cap 4 credits (Collective training: cap per day) + lecturer 1 credit = 5 credits"
    );
    assert_eq!(record.label.en, "Record 1: Collective training");
    assert_eq!(
        step("cap_collective.daily_cap").formula.en,
        "Record 1 2018-04-01: 5 credits → 4 credits (cap 4 credits)"
    );
    assert_eq!(step("total").formula.en, "Collective training 5 credits = 5 credits");
    assert_eq!(step("requirement_total_credits").formula.en, "5 / 40 → not met");
    assert_eq!(step("fee").formula.ja, "本体 9,524円 + 消費税 762円 = 10,286円");
    assert_eq!(step("fee").formula.en, "9,524 yen before tax + 762 yen tax = 10,286 yen");
    assert_eq!(
        step("window").formula.en,
        "2018-04-01 to 2022-03-31 (4 years from the first credit (to first credit + 4 years − 1 day))"
    );
}

#[test]
fn requirements_speak_the_shared_vocabulary() {
    let o = run(
        &TYPED,
        SEED_AS_OF,
        json!({"mode": "initial", "application_date": "2019-01-01", "records": [
            {"date": "2018-04-01", "kind": "collective", "minutes": 360},
        ]}),
    );
    let total = &o.requirements[0];
    assert_eq!((total.id.as_str(), total.met, total.article.section), ("total_credits", false, "実施要領 5(1)"));
    assert_eq!(
        (total.reached.as_i64(), total.required.as_i64(), total.shortfall.as_i64()),
        (Some(4), Some(40), Some(36))
    );
    assert_eq!(total.param, Some(params::INITIAL_REQUIRED_CREDITS.id));
    let year = &o.requirements[1];
    assert_eq!((year.id.as_str(), year.met, year.shortfall.as_i64()), ("year_1", false, Some(1)));
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
    for app in
        [ymd(2024, 2, 29), ymd(2024, 2, 28), ymd(2023, 2, 28), ymd(2100, 2, 28), ymd(2104, 2, 29), ymd(2024, 6, 1)]
    {
        let s = window_back(app, 4);
        assert_eq!(year_bounds(s, 3).1, app, "{app}");
    }
    assert_eq!(window_back(ymd(2024, 6, 1), 4), ymd(2020, 6, 2));
}

#[test]
fn self_study_time_is_summed_within_a_year_and_capped() {
    let recs: Vec<serde_json::Value> = (0..13)
        .map(|k| json!({"date": format!("2018-0{}-0{}", 4 + k / 9, 1 + k % 9), "kind": "self_study", "minutes": 120}))
        .collect();
    // 13 × 120 = 1,560 min = 6 credits (fraction dropped), capped at 5 for the year.
    let o = run(&TYPED, "2021-01-01", json!({"mode": "initial", "application_date": "2019-01-01", "records": recs}));
    assert_eq!(o.total_credits, 5);
    assert_eq!(o.caps_applied.len(), 1);
    assert_eq!(o.caps_applied[0].id, "pharmacist.limit.self_study_per_year");
}

#[test]
fn new_curriculum_credits_fill_the_year_first() {
    let o = run(
        &TYPED,
        "2021-01-01",
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
        let recs: Vec<serde_json::Value> = (0..24)
            .map(|_| {
                let d = base.add_days(next(1900) as i64);
                let kind =
                    ["collective", "collective", "collective", "practical", "group", "self_study"][next(6) as usize];
                json!({"date": d.to_string(), "kind": kind, "minutes": 150 + next(250) as i64})
            })
            .chain([json!({"date": "2020-02-29", "kind": "collective", "minutes": 360})])
            .collect();
        let renewal = trial % 3 == 2;
        let mut v =
            json!({"mode": if renewal {"renewal"} else {"initial"}, "application_date": "2025-01-01", "records": recs});
        if renewal {
            v["certified_date"] = json!("2019-02-19");
        }
        let input = input(v);
        let ctx = Ctx::over(day(if trial % 2 == 0 { SEED_AS_OF } else { ONLINE_AS_OF }), TYPED.tables);
        // Each day is judged by the rules in force on it (the seed's until 2022-03-31).
        let brute = (0..2800)
            .map(|k| ymd(2019, 2, 20).add_days(k))
            .filter(|d| !renewal || *d > ymd(2019, 2, 19))
            .find(|&d| assess(&input, &load_rules_on(&input, &ctx, d, false).unwrap(), d, false).eligible);
        assert_eq!(earliest_application_date(&input, &ctx), brute, "trial {trial}");
    }
}

#[test]
fn earliest_date_is_found_by_the_planner() {
    // 10 credits a year on the first day of four years from 2018-04-01 (seed version).
    let recs: Vec<serde_json::Value> = (0..4)
        .flat_map(|y| {
            (0..3).map(move |d| json!({"date": format!("{}-04-0{}", 2018 + y, d + 1), "kind": "collective", "minutes": 360 - if d == 2 {180} else {0}}))
        })
        .collect();
    let input = input(json!({"mode": "initial", "application_date": "2021-04-02", "records": recs}));
    let ctx = Ctx::over(day(SEED_AS_OF), TYPED.tables);
    assert_eq!(earliest_application_date(&input, &ctx), Some(ymd(2021, 4, 3)));
}

#[test]
fn training_only_for_another_qualification_earns_nothing() {
    // 実施要領 4(1): 「本制度以外の特定の資格取得を目的とする受講者のみを対象とする研修については、単位は交付しない」.
    let o = crate::test_support::run(
        &TYPED,
        "2021-06-01",
        json!({"mode": "initial", "application_date": "2018-12-01", "records": [
            {"date": "2018-04-01", "kind": "collective", "minutes": 360},
            {"date": "2018-05-01", "kind": "collective", "minutes": 360, "other_qualification_only": true},
            {"date": "2018-06-01", "kind": "practical", "minutes": 240, "other_qualification_only": true},
        ]}),
    );
    assert_eq!(o.total_credits, 4);
    let r = &o.records[1];
    assert_eq!((r.counted, r.credits_counted, r.reason), (false, 0, Some(Reason::OtherQualification)));
    assert_eq!(o.records[2].reason, Some(Reason::OtherQualification));
    // The flag is read only for the kinds it is about (the page shows it only there).
    let o = crate::test_support::run(
        &TYPED,
        "2021-06-01",
        json!({"mode": "initial", "application_date": "2018-12-01", "records": [
            {"date": "2018-04-01", "kind": "internet", "credits": 1, "other_qualification_only": true},
        ]}),
    );
    assert!(o.records[0].counted);
}

fn trace_keys(as_of: &str, v: serde_json::Value) -> Vec<String> {
    eval(&TYPED, as_of, v).trace.iter().map(|t| t.key.clone()).collect()
}

#[test]
fn a_special_reason_tells_the_applicant_to_apply_for_an_extension() {
    let base = json!({"mode": "initial", "application_date": "2021-06-01", "records": []});
    let mut with = base.clone();
    with["special_reason"] = json!(true);
    let out = run(&TYPED, SEED_AS_OF, with.clone());
    assert!(out.notes.iter().any(|n| n.ja.contains("延長") && n.en.contains("extension")), "{:?}", out.notes);
    assert!(trace_keys(SEED_AS_OF, with).iter().any(|k| k == "note.extension"));
    assert!(!trace_keys(SEED_AS_OF, base).iter().any(|k| k == "note.extension"));
}

#[test]
fn the_online_version_says_what_the_figures_cannot_show() {
    let v = json!({"mode": "initial", "application_date": "2023-06-01", "records": []});
    // The application date picks the version, whatever the reference date.
    for as_of in [ONLINE_AS_OF, SEED_AS_OF] {
        let online = trace_keys(as_of, v.clone());
        for k in ["note.online_not_retroactive", "note.online_certification_start"] {
            assert!(online.iter().any(|x| x == k), "{k}: {online:?}");
        }
    }
    let v = json!({"mode": "initial", "application_date": "2021-06-01", "records": []});
    let seed = trace_keys(ONLINE_AS_OF, v);
    assert!(!seed.iter().any(|x| x.starts_with("note.online")), "{seed:?}");
}

/// Issue 19: a 2021 application checked today was given the online rules (picked by `as_of`) while
/// its fee came from the application date. Both now come from the application date, and the
/// result says which version applied and why.
#[test]
fn the_application_date_picks_the_rule_version() {
    let v = |app: &str| json!({"mode": "initial", "application_date": app, "records": []});
    for (app, version) in [
        ("2021-06-01", RuleVersion::Guidelines2017),
        ("2022-03-31", RuleVersion::Guidelines2017),
        ("2022-04-01", RuleVersion::Online2022),
    ] {
        for as_of in ["2026-12-01", SEED_AS_OF] {
            let o = run(&TYPED, as_of, v(app));
            assert_eq!(o.rule_version, version, "{app} as of {as_of}");
            assert!(o.rule_version_label.ja.contains(&format!("申請日 {app}")), "{}", o.rule_version_label.ja);
            assert!(
                o.rule_version_label.en.contains(&format!("application date {app}")),
                "{}",
                o.rule_version_label.en
            );
        }
    }
    // When the reference date's version differs, the step says the application date's was used.
    let ev = eval(&TYPED, "2026-12-01", v("2021-06-01"));
    let step = ev.trace.iter().find(|s| s.key == "rule_version").unwrap();
    assert!(
        step.formula.ja.contains("基準日 2026-12-01 の版ではなく")
            && step.formula.en.contains("not the one in force on the reference date"),
        "{:?}",
        step.formula
    );
    crate::test_support::assert_english_trace(&ev);
    // An application before the guidelines took effect is an error of the application date.
    let e = errors(&TYPED, "2026-12-01", v("2017-03-31"));
    assert_eq!(e[0], ("application_date".to_string(), "not_in_force".to_string()));
}

#[test]
fn the_readings_show_where_they_change_a_result() {
    let claim = json!({"mode": "initial", "application_date": "2021-06-01",
        "records": [{"date": "2021-01-10", "kind": "collective", "minutes": 360, "claimed_on": "2021-02-11"}]});
    assert!(trace_keys(SEED_AS_OF, claim).iter().any(|k| k == "reading.pharmacist.claim_month"));
    let renewal = |c: &str| {
        json!({"mode": "renewal", "application_date": "2025-04-01", "certified_date": c,
               "records": [{"date": c, "kind": "collective", "minutes": 360}]})
    };
    assert!(trace_keys("2025-04-01", renewal("2022-06-01")).iter().any(|k| k == "reading.pharmacist.period_first_day"));
    assert!(!trace_keys("2025-04-01", renewal("2022-03-01"))
        .iter()
        .any(|k| k == "reading.pharmacist.period_first_day"));
    // A year ending on 29 February says how it was counted.
    assert!(trace_keys("2025-04-01", renewal("2022-03-01")).iter().any(|k| k == "reading.pharmacist.february_29"));
}

#[test]
fn the_claim_deadline_is_one_month_after_the_last_day() {
    let rec = |date: &str, days: i64| {
        input(json!({"mode": "initial", "application_date": "2021-06-01",
        "records": [{"date": date, "kind": "collective", "minutes": 360, "days": days}]}))
        .records[0]
            .clone()
    };
    assert_eq!(assess::claim_deadline(&rec("2021-01-10", 1), 1), ymd(2021, 2, 10));
    assert_eq!(assess::claim_deadline(&rec("2021-01-30", 2), 1), ymd(2021, 2, 28));
    assert_eq!(assess::claim_deadline(&rec("2024-01-31", 1), 1), ymd(2024, 2, 29));
}

/// The planner judges each candidate date by the version in force on it: records that never meet
/// the seed's window (4 years from a lone first credit) meet the online one from its first day.
#[test]
fn the_planner_crosses_into_the_online_version_on_its_first_day() {
    let mut recs = vec![json!({"date": "2017-04-01", "kind": "collective", "minutes": 360})];
    for y in 2018..2022 {
        for (d, m) in [(1, 360), (2, 360), (3, 180)] {
            recs.push(json!({"date": format!("{y}-07-0{d}"), "kind": "collective", "minutes": m}));
        }
    }
    let input = input(json!({"mode": "initial", "application_date": "2022-03-31", "records": recs}));
    let ctx = Ctx::over(day(SEED_AS_OF), TYPED.tables);
    let brute = (0..2000)
        .map(|k| ymd(2017, 4, 1).add_days(k))
        .find(|&d| assess(&input, &load_rules_on(&input, &ctx, d, false).unwrap(), d, false).eligible);
    assert_eq!(brute, Some(ymd(2022, 4, 1)));
    assert_eq!(earliest_application_date(&input, &ctx), brute);
}
