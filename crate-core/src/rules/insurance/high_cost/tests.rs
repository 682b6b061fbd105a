use super::*;
use crate::test_support::{day, errors, eval, refused, run};
use serde_json::{json, Value};

const ON: &str = "2026-12-01";

fn one(month: &str, pay: i64) -> Value {
    json!({"standard_monthly_remuneration_yen": pay, "months": [{"month": month, "medical_cost_yen": 1_000_000}]})
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
        assert_eq!((m.bracket, m.copay_yen, m.cap_yen, m.benefit_yen), (bracket, 300_000, cap, benefit), "{month} {pay}");
        assert_eq!(m.copay_after_cap_yen, 300_000 - benefit);
    }
}
