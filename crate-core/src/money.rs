//! Yen arithmetic and declared roundings.
//!
//! Amounts are integer yen (`i64`). Where a rule divides or applies a rate, the exact value is a
//! `Decimal` and turning it into yen is a named `Rounding` step with its source, shown in the trace.

use crate::msg::Msg;
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
    pub source: &'static str,
}

impl Rounding {
    pub const fn new(
        unit: i64,
        direction: Direction,
        label_ja: &'static str,
        label_en: &'static str,
        source: &'static str,
    ) -> Rounding {
        Rounding { unit, direction, label_ja, label_en, source }
    }

    /// Applies the rounding; saturates instead of panicking on absurd magnitudes.
    pub fn apply(&self, x: Decimal) -> i64 {
        let unit = Decimal::from(self.unit.max(1));
        let strategy = match self.direction {
            Direction::Down => RoundingStrategy::ToZero,
            Direction::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Direction::Up => RoundingStrategy::AwayFromZero,
        };
        let q = (x / unit).round_dp_with_strategy(0, strategy);
        (q * unit).to_i64().unwrap_or(if x.is_sign_negative() { i64::MIN } else { i64::MAX })
    }

    pub fn describe(&self) -> Msg {
        Msg::new(self.label_ja, self.label_en)
    }
}

/// 1円未満切り捨て — the default for dropping yen fractions.
pub const TRUNCATE_YEN: Rounding =
    Rounding::new(1, Direction::Down, "1円未満切り捨て", "Fractions of a yen dropped", "general");

/// 10円未満四捨五入 — patient co-pays (健康保険法 第75条 の一部負担金の端数処理).
pub const COPAY_10_YEN: Rounding = Rounding::new(
    10,
    Direction::HalfUp,
    "10円未満四捨五入（一部負担金）",
    "Rounded to the nearest 10 yen (co-payment)",
    "健康保険法第75条",
);

/// `1234567` → `"1,234,567"`.
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
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
        assert_eq!(TRUNCATE_YEN.apply(d("33333.99")), 33_333);
        assert_eq!(COPAY_10_YEN.apply(d("1234")), 1_230);
        assert_eq!(COPAY_10_YEN.apply(d("1235")), 1_240);
        assert_eq!(COPAY_10_YEN.apply(d("1245")), 1_250);
        let thousand = Rounding::new(1000, Direction::HalfUp, "", "", "");
        assert_eq!(thousand.apply(d("499933")), 500_000);
        assert_eq!(thousand.apply(d("499499")), 499_000);
        assert_eq!(thousand.apply(d("499500")), 500_000);
        let up = Rounding::new(100, Direction::Up, "", "", "");
        assert_eq!(up.apply(d("101")), 200);
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
