//! Invariants of the certification checkers — HCTC (seed 002) and 細胞治療認定管理師 (seed 000) —
//! checked over generated inputs through the public JSON contract.

use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn eval(calculator: &str, as_of: &str, input: &Value) -> Value {
    calc_core::evaluate(&json!({"calculator": calculator, "as_of": as_of, "input": input}))
}

fn ok_result(calculator: &str, as_of: &str, input: &Value) -> Value {
    let r = eval(calculator, as_of, input);
    assert_eq!(r["ok"], json!(true), "{input} → {r}");
    r["result"].clone()
}

fn int(v: &Value, k: &str) -> i64 {
    v[k].as_i64().unwrap_or_else(|| panic!("{k} missing in {v}"))
}

// ───────────── 細胞治療認定管理師: adding an event or a case never lowers a count ─────────────

const EVENT_KINDS: &[&str] = &[
    "jstmct_annual",
    "jstmct_autumn",
    "jstmct_regional",
    "jstct",
    "jsrm",
    "isct",
    "aabb",
    "isbt",
    "designated_seminar",
    "other",
];
const CASE_KINDS: &[&str] = &["collection", "processing", "storage", "release", "quality_control"];

/// A date between 2014 and 2022 (day ≤ 28 so every month has it).
fn date() -> impl Strategy<Value = String> {
    (2014i32..=2022, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn event() -> impl Strategy<Value = Value> {
    (date(), prop::sample::select(EVENT_KINDS), 0i64..30, any::<bool>()).prop_map(|(d, e, c, seminar)| {
        let mut v = json!({"date": d, "event": e, "credits": c});
        if seminar && e == "designated_seminar" {
            v["seminar"] = json!("2021_jstmct_69");
        }
        v
    })
}

fn case() -> impl Strategy<Value = Value> {
    // Few case ids and dates so same-day series and repeats are common.
    (2019i32..=2021, 1u32..=3, 1u32..=3, 0u8..4, prop::sample::select(CASE_KINDS)).prop_map(
        |(y, m, d, id, k)| json!({"date": format!("{y:04}-{m:02}-{d:02}"), "case": format!("C{id}"), "kind": k}),
    )
}

fn licence() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["physician", "nurse", "pharmacist", "other_medical", "none"])
}

fn application_date() -> impl Strategy<Value = String> {
    (5u32..=7, 1u32..=30).prop_map(|(m, d)| format!("2021-{m:02}-{d:02}"))
}

proptest! {
    #[test]
    fn adding_an_event_never_lowers_qualifying_credits(
        lic in licence(),
        app in application_date(),
        events in prop::collection::vec(event(), 0..8),
        extra in event(),
        at in 0usize..9,
    ) {
        let base = json!({"licence": lic, "application_date": app, "events": events});
        let before = ok_result("cell_therapy_manager", "2021-06-15", &base);
        let mut more = events.clone();
        more.insert(at.min(more.len()), extra);
        let after = ok_result("cell_therapy_manager", "2021-06-15", &json!({"licence": lic, "application_date": app, "events": more}));
        prop_assert!(int(&after, "qualifying_credits") >= int(&before, "qualifying_credits"));
        // Credits counted are the sum of the counted lines, and never more than what was entered.
        let lines = after["events"].as_array().cloned().unwrap_or_default();
        let sum: i64 = lines.iter().map(|l| int(l, "counted_credits")).sum();
        let entered: i64 = lines.iter().map(|l| int(l, "credits")).sum();
        prop_assert_eq!(sum, int(&after, "qualifying_credits"));
        prop_assert!(sum <= entered);
    }

    #[test]
    fn adding_a_case_never_lowers_the_case_counts(
        app in application_date(),
        cases in prop::collection::vec(case(), 0..14),
        extra in case(),
        at in 0usize..15,
    ) {
        let input = |cs: &Vec<Value>| json!({"licence": "nurse", "application_date": app, "cases": cs});
        let before = ok_result("cell_therapy_manager", "2021-06-15", &input(&cases));
        let mut more = cases.clone();
        more.insert(at.min(more.len()), extra);
        let after = ok_result("cell_therapy_manager", "2021-06-15", &input(&more));
        prop_assert!(int(&after, "case_count") >= int(&before, "case_count"));
        prop_assert!(int(&after, "processing_case_count") >= int(&before, "processing_case_count"));
        // One more line adds at most one counted case.
        prop_assert!(int(&after, "case_count") <= int(&before, "case_count") + 1);
        prop_assert!(int(&after, "processing_case_count") <= int(&after, "case_count"));
    }
}

// ───────────── HCTC: raising any count never turns eligible into ineligible ─────────────

#[derive(Debug, Clone)]
struct Counts {
    patient: i64,
    donor: i64,
    related: i64,
    meetings: i64,
    seminars: i64,
    years_tenths: i64,
    reports_p: i64,
    reports_d: i64,
    flags: bool,
}

fn counts() -> impl Strategy<Value = Counts> {
    (0i64..45, 0i64..45, 0i64..45, 0i64..5, 0i64..5, 0i64..60, 0i64..5, 0i64..5, any::<bool>()).prop_map(
        |(patient, donor, r, meetings, seminars, years_tenths, reports_p, reports_d, flags)| Counts {
            patient,
            donor,
            related: r.min(donor),
            meetings,
            seminars,
            years_tenths,
            reports_p,
            reports_d,
            flags,
        },
    )
}

fn route_input(check: &str, c: &Counts) -> Value {
    let years = format!("{}.{}", c.years_tenths / 10, c.years_tenths % 10);
    match check {
        "pediatric_to_adult" => json!({
            "check": check, "adult_patient_cases": c.patient, "adult_donor_cases": c.donor,
            "adult_related_donor_cases": c.related, "patient_reports": c.reports_p, "donor_reports": c.reports_d,
            "dues_paid": c.flags,
        }),
        _ => json!({
            "check": check, "patient_cases": c.patient, "donor_cases": c.donor, "related_donor_cases": c.related,
            "meetings": c.meetings, "seminars": c.seminars, "dues_paid": c.flags, "full_time": c.flags,
            "full_time_years": years,
        }),
    }
}

/// Raises field `which` by `by`, keeping related ≤ donor (raising related raises donor with it).
fn raise(c: &Counts, which: u8, by: i64) -> Counts {
    let mut n = c.clone();
    match which {
        0 => n.patient += by,
        1 => n.donor += by,
        2 => {
            n.related += by;
            n.donor = n.donor.max(n.related);
        }
        3 => n.meetings += by,
        4 => n.seminars += by,
        5 => n.years_tenths += by,
        6 => n.reports_p += by,
        7 => n.reports_d += by,
        _ => n.flags = true,
    }
    n
}

const ROUTES: &[&str] = &[
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "pediatric_to_adult",
    "transition_specialist",
];

proptest! {
    #[test]
    fn raising_a_count_never_makes_an_eligible_renewal_ineligible(
        route in prop::sample::select(ROUTES),
        c in counts(),
        which in 0u8..9,
        by in 1i64..20,
    ) {
        // FY2020 so the provisional route is still open.
        let as_of = "2020-06-01";
        let before = ok_result("hctc", as_of, &route_input(route, &c));
        let after = ok_result("hctc", as_of, &route_input(route, &raise(&c, which, by)));
        if before["eligible"] == json!(true) {
            prop_assert_eq!(&after["eligible"], &json!(true), "{} {:?} raised {} by {}", route, c, which, by);
        }
        // And no requirement that was met becomes unmet.
        let unmet_after: Vec<Value> = after["unmet"].as_array().cloned().unwrap_or_default();
        for id in before["requirements"].as_array().cloned().unwrap_or_default().iter()
            .filter(|r| r["met"] == json!(true)).map(|r| r["id"].clone()) {
            prop_assert!(!unmet_after.contains(&id), "{} became unmet", id);
        }
    }

    #[test]
    fn exams_pass_exactly_at_the_seed_marks(correct in 0i64..=25, good in 0usize..=10, one_poor in 0usize..=10) {
        let r = ok_result("hctc", "2024-06-01", &json!({"check": "written_exam", "correct": correct}));
        prop_assert_eq!(r["passed"].as_bool(), Some(correct >= 15));
        let one_poor = one_poor.min(10 - good);
        let mut ratings = vec![json!(["good", "fair"]); good];
        ratings.extend(vec![json!(["fair", "poor"]); one_poor]);
        ratings.resize(10, json!(["poor", "poor"]));
        let r = ok_result("hctc", "2024-06-01", &json!({"check": "oral_exam", "ratings": ratings}));
        prop_assert_eq!(int(&r, "items_good_or_fair_by_both"), i64::try_from(good).unwrap_or(0));
        prop_assert_eq!(r["passed"].as_bool(), Some(good >= 8));
    }
}

// ───────────── never panics: arbitrary JSON in, an answer out ─────────────

const KEYS: &[&str] = &[
    "check",
    "level",
    "correct",
    "ratings",
    "full_time",
    "full_time_years",
    "patient_cases",
    "donor_cases",
    "related_donor_cases",
    "adult_patient_cases",
    "adult_donor_cases",
    "adult_related_donor_cases",
    "meetings",
    "seminars",
    "dues_paid",
    "deferral_years",
    "certified_on",
    "provisional_certified_on",
    "full_process_patient_cases",
    "full_process_related_donor_cases",
    "patient_reports",
    "donor_reports",
    "licence",
    "application_date",
    "window_start",
    "window_end",
    "events",
    "cases",
    "date",
    "event",
    "credits",
    "seminar",
    "title",
    "case",
    "kind",
];
const WORDS: &[&str] = &[
    "written_exam",
    "oral_exam",
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "pediatric_to_adult",
    "transition_specialist",
    "specialist",
    "good",
    "fair",
    "poor",
    "良",
    "不可",
    "nurse",
    "none",
    "isct",
    "other",
    "designated_seminar",
    "2021_jstmct_69",
    "processing",
    "2021-06-01",
    "2016-02-29",
    "2021-02-30",
    "１５",
    "1,000",
    "-3",
    "2.5",
    "",
    "true",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(Value::from),
        prop::sample::select(WORDS).prop_map(Value::from),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..11).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>())
            }),
        ]
    })
}

proptest! {
    #[test]
    fn never_panics_on_arbitrary_input(
        calc in prop::sample::select(vec!["hctc", "cell_therapy_manager"]),
        check in prop::sample::select(WORDS),
        body in arb_json(),
        as_of in prop::sample::select(vec!["2019-03-31", "2020-06-01", "2021-06-15", "2024-02-29", "9999-12-31", "0001-01-01"]),
    ) {
        let mut input = body;
        if let Value::Object(m) = &mut input {
            if calc == "hctc" && !m.contains_key("check") {
                m.insert("check".into(), json!(check));
            }
        }
        let r = eval(calc, as_of, &input);
        match r["ok"].as_bool() {
            Some(true) => prop_assert!(r["result"]["eligible"].is_boolean(), "{r}"),
            Some(false) => {
                let errors = r["errors"].as_array().cloned().unwrap_or_default();
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e["message"]["ja"].as_str().is_some_and(|s| !s.is_empty()));
                    prop_assert!(e["message"]["en"].as_str().is_some_and(|s| !s.is_empty()));
                }
            }
            None => prop_assert!(false, "no ok flag: {r}"),
        }
    }
}
