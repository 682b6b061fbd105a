//! Yen arithmetic and declared roundings.
//!
//! Amounts are integer yen (`i64`). Where a rule divides or applies a rate, the exact value is a
//! `Decimal` and turning it into yen is a named `Rounding` step with its source, shown in the trace.

use crate::msg::Msg;
use crate::sources::{cite, Cite, HEALTH_INSURANCE_ACT};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 切り捨て: drop the fraction (toward zero for the non-negative amounts used here).
    Down,
    /// 四捨五入: half away from zero.
    HalfUp,
    /// 切り上げ.
    Up,
}

/// A rounding declared with its unit and source (GETTSIM's RoundingSpec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rounding {
    /// Round to a multiple of this many yen (1, 10, 1,000 …).
    pub unit: i64,
    pub direction: Direction,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    pub source: &'static Cite,
}

impl Rounding {
    /// `unit` is a power of ten (1, 10, 1,000 …): every rounding the rules name is one, and it
    /// lets `apply` move the decimal point instead of dividing (no decimal division on every page).
    pub const fn new(
        unit: i64,
        direction: Direction,
        label_ja: &'static str,
        label_en: &'static str,
        source: &'static Cite,
    ) -> Rounding {
        assert!(power_of_ten(unit).is_some(), "a rounding unit is a power of ten");
        Rounding { unit, direction, label_ja, label_en, source }
    }

    /// Applies the rounding; saturates instead of panicking on absurd magnitudes.
    pub fn apply(&self, x: Decimal) -> i64 {
        let strategy = match self.direction {
            Direction::Down => RoundingStrategy::ToZero,
            Direction::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Direction::Up => RoundingStrategy::AwayFromZero,
        };
        let saturated = if x.is_sign_negative() { i64::MIN } else { i64::MAX };
        let digits = power_of_ten(self.unit).unwrap_or(0);
        // Room for the point to move (a decimal holds 28 places; no amount here comes near it).
        let x = if x.scale() + digits > 28 { x.round_dp(28 - digits) } else { x };
        // x / unit: the same digits with the point moved left.
        let Ok(q) = Decimal::try_from_i128_with_scale(x.mantissa(), x.scale() + digits) else { return saturated };
        q.round_dp_with_strategy(0, strategy).to_i64().map_or(saturated, |n| n.saturating_mul(self.unit))
    }

    /// `num ÷ den` (a non-negative amount, `den` > 0) rounded as declared, in whole numbers: where a
    /// rule divides, this keeps decimal division (large in the wasm) off the page.
    pub fn apply_ratio(&self, num: i64, den: i64) -> i64 {
        let units = divide(i128::from(num), i128::from(den.max(1)) * i128::from(self.unit), self.direction);
        i64::try_from(units * i128::from(self.unit)).unwrap_or(i64::MAX)
    }

    pub fn describe(&self) -> Msg {
        Msg::new(self.label_ja, self.label_en)
    }
}

/// How many zeros `unit` has when it is a power of ten (1 → 0, 1,000 → 3).
const fn power_of_ten(unit: i64) -> Option<u32> {
    let (mut n, mut digits) = (unit, 0);
    while n >= 10 && n % 10 == 0 {
        n /= 10;
        digits += 1;
    }
    if n == 1 {
        Some(digits)
    } else {
        None
    }
}

/// `n ÷ d` (n ≥ 0, d > 0) to a whole number in `direction`.
fn divide(n: i128, d: i128, direction: Direction) -> i128 {
    let (q, r) = (n.div_euclid(d), n.rem_euclid(d));
    let up = match direction {
        Direction::Down => false,
        Direction::Up => r > 0,
        Direction::HalfUp => 2 * r >= d,
    };
    q + i128::from(up)
}

/// `num ÷ den` to two decimal places (half up), for showing a quotient in a formula without
/// decimal division: 265,000 ÷ 30 → 8,833.33.
pub fn quotient_2dp(num: i64, den: i64) -> Decimal {
    let cents = divide(i128::from(num) * 100, i128::from(den.max(1)), Direction::HalfUp);
    Decimal::from_i128_with_scale(cents, 2)
}

/// `x × per ÷ 100`, exactly (a rate in percent: 30% of 12,345 yen is 3,703.5 yen).
pub fn percent_of(x: i64, per: i64) -> Decimal {
    Decimal::from_i128_with_scale(i128::from(x) * i128::from(per), 2)
}

/// `x × per ÷ 1,000`, exactly (a rate in per mille).
pub fn per_mille_of(x: i64, per: i64) -> Decimal {
    Decimal::from_i128_with_scale(i128::from(x) * i128::from(per), 3)
}

/// 10円未満四捨五入 — patient co-pays (健康保険法 第75条 の一部負担金の端数処理).
pub const COPAY_10_YEN: Rounding = Rounding::new(
    10,
    Direction::HalfUp,
    "10円未満四捨五入（一部負担金）",
    "Rounded to the nearest 10 yen (co-payment)",
    cite!(HEALTH_INSURANCE_ACT, "第75条"),
);

/// `1234567` → `"1,234,567"`.
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `41000` → `"41,000円"`.
pub fn yen(n: i64) -> String {
    let mut s = group(n);
    s.push('円');
    s
}

/// A decimal with thousands separators, trailing zeros trimmed (`1.50` → `1.5`).
pub fn group_decimal(d: Decimal) -> String {
    let d = d.normalize();
    let int = d.trunc().to_i64().unwrap_or(0);
    let frac = d.fract().abs();
    if frac.is_zero() {
        group(int)
    } else {
        let f = frac.to_string();
        let sign = if d.is_sign_negative() && int == 0 { "-" } else { "" };
        format!("{sign}{}{}", group(int), &f[1..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundings_do_what_their_names_say() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let src = cite!(HEALTH_INSURANCE_ACT, "");
        let truncate = Rounding::new(1, Direction::Down, "", "", src);
        assert_eq!(truncate.apply(d("33333.99")), 33_333);
        assert_eq!(COPAY_10_YEN.apply(d("1234")), 1_230);
        assert_eq!(COPAY_10_YEN.apply(d("1235")), 1_240);
        assert_eq!(COPAY_10_YEN.apply(d("1245")), 1_250);
        let thousand = Rounding::new(1000, Direction::HalfUp, "", "", src);
        assert_eq!(thousand.apply(d("499933")), 500_000);
        assert_eq!(thousand.apply(d("499499")), 499_000);
        assert_eq!(thousand.apply(d("499500")), 500_000);
        let up = Rounding::new(100, Direction::Up, "", "", src);
        assert_eq!(up.apply(d("101")), 200);
        assert_eq!(up.apply(d("-101")), -200);
        assert_eq!(truncate.apply(d("-0.5")), 0);
        assert_eq!(thousand.apply(d("0.0000000000000000000000000001")), 0);
        assert_eq!(truncate.apply(Decimal::MAX), i64::MAX);
    }

    #[test]
    fn a_ratio_rounds_as_the_same_rounding_of_the_exact_quotient() {
        let src = cite!(HEALTH_INSURANCE_ACT, "");
        let roundings = [
            COPAY_10_YEN,
            Rounding::new(1, Direction::HalfUp, "", "", src),
            Rounding::new(1, Direction::Down, "", "", src),
            Rounding::new(100, Direction::Up, "", "", src),
        ];
        for r in roundings {
            for (num, den) in
                [(265_000, 30), (150_120, 30), (150_150, 30), (17_660, 3), (17_670, 3), (0, 7), (1_000, 1)]
            {
                let exact = Decimal::from(num) / Decimal::from(den);
                assert_eq!(r.apply_ratio(num, den), r.apply(exact), "{num}/{den} by {}", r.unit);
            }
        }
        assert_eq!(quotient_2dp(265_000, 30).to_string(), "8833.33");
        assert_eq!(quotient_2dp(17_660, 3).to_string(), "5886.67");
    }

    #[test]
    fn rates_are_exact() {
        assert_eq!(percent_of(12_345, 30).to_string(), "3703.50");
        assert_eq!(percent_of(1_001, 70).to_string(), "700.70");
        assert_eq!(per_mille_of(1_000, 1_021).to_string(), "1021.000");
    }

    #[test]
    fn grouping() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(-1234567), "-1,234,567");
        assert_eq!(yen(123000), "123,000円");
        assert_eq!(group_decimal("1234.50".parse().unwrap()), "1,234.5");
        assert_eq!(group_decimal("0.5".parse().unwrap()), "0.5");
    }
}
