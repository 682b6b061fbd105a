//! Forgiving parsing of what people type: full-width digits (１２３), commas (1,000,000),
//! 円/¥ signs, spaces, and 万 (ten-thousands). Every failure is a `FieldError` with a
//! Japanese and an English message, never a panic.

use crate::msg::{FieldError, Msg};
use rust_decimal::Decimal;

use crate::text::strip_decorations;

fn not_a_number(field: &str) -> FieldError {
    FieldError::new(
        field,
        "not_a_number",
        Msg::new("数値を入力してください（例: 1,000,000）", "Enter a number (e.g. 1,000,000)"),
    )
}

fn negative(field: &str) -> FieldError {
    FieldError::new(field, "negative", Msg::new("0以上の数を入力してください", "Enter zero or a positive number"))
}

fn too_large(field: &str) -> FieldError {
    FieldError::new(field, "too_large", Msg::new("数が大きすぎます", "The number is too large"))
}

/// Counters people write after a count: １２件, ２人, ３回, ５例 (a field's own unit, such as 食 or
/// 分, is taken too: see [`strip_counter`]).
pub const COUNTERS: [&str; 4] = ["件", "人", "回", "例"];

/// `raw` without the counter written after its number (`１２件` → `１２`, `90分` with `unit` 分 →
/// `90`), as a yen amount may end in 円. Only one, only at the end.
pub fn strip_counter<'a>(raw: &'a str, unit: &str) -> &'a str {
    let t = raw.trim_end();
    let t = t.trim_end_matches(['\u{3000}', ' ']);
    let stripped = if !unit.is_empty() && t.ends_with(unit) {
        t.strip_suffix(unit)
    } else {
        COUNTERS.iter().find_map(|c| t.strip_suffix(c))
    };
    stripped.map_or(raw, str::trim_end)
}

/// Largest amount accepted anywhere (one trillion yen): keeps every product far from overflow.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// A non-negative decimal; accepts 万 as a suffix (1.5万 = 15,000).
pub fn parse_decimal(field: &str, raw: &str) -> Result<Decimal, FieldError> {
    let mut s = strip_decorations(raw);
    let mut scale = Decimal::ONE;
    if let Some(rest) = s.strip_suffix('万') {
        s = rest.to_string();
        scale = Decimal::from(10_000);
    }
    if s.is_empty() {
        return Err(FieldError::new(field, "required", Msg::new("入力してください", "This field is required")));
    }
    if s.starts_with('-') {
        return Err(negative(field));
    }
    let value = read_decimal(field, s.strip_prefix('+').unwrap_or(&s))?;
    let value = value.checked_mul(scale).ok_or_else(|| too_large(field))?;
    if value > Decimal::from(MAX_AMOUNT) {
        return Err(too_large(field));
    }
    Ok(value)
}

/// Most digits a value may carry (rust_decimal's 96-bit mantissa holds every 28-digit number).
const MAX_DIGITS: usize = 28;

/// `s` (decorations and sign already gone) as a decimal: digits with at most one `.`, and an
/// exponent as JSON may write one (`1.5e3`). Anything else is not a number; a value with more than
/// 13 whole digits is too large whatever follows (MAX_AMOUNT has 13), more than 28 digits in all is
/// not taken (no silent rounding). Its own reader, not `Decimal::from_str`: that general parser
/// (every radix, rounding of excess digits, the scientific fallback) was 7 KB of wasm on every
/// calculator page; `decimal_reader_agrees_with_rust_decimal` (tests/fuzz_evaluate.rs) checks
/// they agree.
fn read_decimal(field: &str, s: &str) -> Result<Decimal, FieldError> {
    let (number, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().map_err(|_| not_a_number(field))?),
        None => (s, 0),
    };
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(not_a_number(field));
    }
    // value = digits × 10^exp10, leading zeros taken out. Trailing zeros stay, as the scale
    // rust_decimal keeps (1.50 stays 1.50), unless there are more than 28 digits.
    let all = format!("{int}{frac}");
    let mut digits = all.trim_start_matches('0');
    let mut exp10 = exp.saturating_sub(frac.len() as i64);
    while digits.len() > MAX_DIGITS && digits.ends_with('0') {
        digits = &digits[..digits.len() - 1];
        exp10 = exp10.saturating_add(1);
    }
    if digits.is_empty() {
        return Ok(Decimal::ZERO);
    }
    if (digits.len() as i64).saturating_add(exp10) > 13 {
        return Err(too_large(field));
    }
    if digits.len() > MAX_DIGITS || exp10 < -(MAX_DIGITS as i64) {
        return Err(not_a_number(field));
    }
    let mut mantissa: i128 = 0;
    for b in digits.bytes() {
        mantissa = mantissa * 10 + i128::from(b - b'0');
    }
    if exp10 >= 0 {
        // At most 13 digits in all here, so the product stays far inside i128.
        mantissa *= 10i128.pow(exp10 as u32);
    }
    Decimal::try_from_i128_with_scale(mantissa, if exp10 < 0 { (-exp10) as u32 } else { 0 })
        .map_err(|_| not_a_number(field))
}

/// A non-negative whole number of yen (or points, or a count). Fractions are an error here;
/// the rules that drop fractions do so as a named rounding step, not while parsing.
pub fn parse_int(field: &str, raw: &str) -> Result<i64, FieldError> {
    let d = parse_decimal(field, raw)?;
    if !d.fract().is_zero() {
        return Err(FieldError::new(
            field,
            "not_an_integer",
            Msg::new("整数を入力してください", "Enter a whole number"),
        ));
    }
    i64::try_from(d).map_err(|_| too_large(field))
}

/// Integer with an inclusive upper bound (counts, percentages).
pub fn parse_int_max(field: &str, raw: &str, max: i64) -> Result<i64, FieldError> {
    let v = parse_int(field, raw)?;
    if v > max {
        return Err(FieldError::new(
            field,
            "out_of_range",
            Msg::new(format!("{max}以下の数を入力してください"), format!("Enter at most {max}")),
        ));
    }
    Ok(v)
}

/// A date as typed: 2021-06-01, 2021/6/1, ２０２１．６．１.
pub fn parse_date(field: &str, raw: &str) -> Result<crate::date::Date, FieldError> {
    if raw.trim().is_empty() {
        return Err(FieldError::new(field, "required", Msg::new("日付を入力してください", "Enter a date")));
    }
    crate::date::Date::parse(raw).ok_or_else(|| {
        FieldError::new(
            field,
            "invalid_date",
            Msg::new("日付を YYYY-MM-DD の形で入力してください（実在する日付）", "Enter a real date as YYYY-MM-DD"),
        )
    })
}

/// A calendar month as typed — 2026-08, 2026/8, ２０２６-０８, 2026年8月 — as its first day.
pub fn parse_month(field: &str, raw: &str) -> Result<crate::date::Date, FieldError> {
    let norm = crate::text::normalize_width(raw.trim());
    if norm.is_empty() {
        return Err(FieldError::new(field, "required", Msg::new("年月を入力してください", "Enter a month")));
    }
    let invalid = || {
        FieldError::new(
            field,
            "invalid_month",
            Msg::new("年月を YYYY-MM の形で入力してください（例: 2026-08）", "Enter a month as YYYY-MM (e.g. 2026-08)"),
        )
    };
    let t = norm.replace('年', "-");
    let t = t.strip_suffix('月').unwrap_or(&t);
    let parts: Vec<&str> = t.split(['-', '/', '.']).map(str::trim).collect();
    let [y, m] = parts.as_slice() else { return Err(invalid()) };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(y) || !digits(m) || y.len() != 4 || m.len() > 2 {
        return Err(invalid());
    }
    let (y, m) = (y.parse().map_err(|_| invalid())?, m.parse().map_err(|_| invalid())?);
    crate::date::Date::new(y, m, 1).ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(parse_int("x", "１２３"), Ok(123));
        assert_eq!(parse_int("x", "1,000,000"), Ok(1_000_000));
        assert_eq!(parse_int("x", "１，０００，０００円"), Ok(1_000_000));
        assert_eq!(parse_int("x", " ¥ 41,000 "), Ok(41_000));
        assert_eq!(parse_int("x", "50万円"), Ok(500_000));
        assert_eq!(parse_int("x", "1.5万"), Ok(15_000));
        assert_eq!(parse_int("x", "55,000点"), Ok(55_000));
    }

    #[test]
    fn a_count_may_end_in_its_counter() {
        let n = |s: &str, unit: &str| parse_int_max("x", strip_counter(s, unit), 1_000);
        for (s, v) in [("１２件", 12), ("２人", 2), ("3回", 3), ("５例", 5), ("１２ 件", 12), ("45食", 45), ("12", 12)]
        {
            assert_eq!(n(s, "食"), Ok(v), "{s}");
        }
        assert_eq!(n("90分", "分"), Ok(90));
        // One counter, at the end only.
        assert_eq!(n("件12", "").unwrap_err().code, "not_a_number");
        assert_eq!(n("12件件", "").unwrap_err().code, "not_a_number");
        assert_eq!(n("件", "").unwrap_err().code, "required");
    }

    #[test]
    fn reads_decimals_exactly() {
        let d = |s: &str| parse_decimal("x", s).map(|v| v.to_string());
        assert_eq!(d("1.50"), Ok("1.50".into()));
        assert_eq!(d("0.30"), Ok("0.30".into()));
        assert_eq!(d(".5"), Ok("0.5".into()));
        assert_eq!(d("5."), Ok("5".into()));
        assert_eq!(d("+7"), Ok("7".into()));
        assert_eq!(d("000123"), Ok("123".into()));
        assert_eq!(d("0.000"), Ok("0".into()));
        assert_eq!(d("0"), Ok("0".into()));
        // JSON numbers may come with an exponent.
        assert_eq!(d("1.5e3"), Ok("1500".into()));
        assert_eq!(d("15E-1"), Ok("1.5".into()));
        assert_eq!(d("1e+12"), Ok("1000000000000".into()));
        assert_eq!(d("1000000000000"), Ok("1000000000000".into()));
        assert_eq!(d("0.0000000000000001e15"), Ok("0.1".into()));
        let code = |s: &str| parse_decimal("x", s).unwrap_err().code;
        assert_eq!(code("1000000000000.5"), "too_large");
        assert_eq!(code("1e13"), "too_large");
        assert_eq!(code("1e99999999999999999999"), "not_a_number");
        assert_eq!(code("10000000000000000000000000000000000000000"), "too_large");
        assert_eq!(code("0.12345678901234567890123456789"), "not_a_number");
        for bad in [".", "e5", "1e", "1.2.3", "1e5.5", "0x10", "1_0e", "++1", "1+", "NaN", "inf"] {
            assert_eq!(code(bad), "not_a_number", "{bad}");
        }
    }

    #[test]
    fn months_as_people_type_them() {
        let m = |s: &str| parse_month("x", s).map(|d| d.to_string());
        for s in ["2026-08", "2026/8", "２０２６-０８", "2026年8月", " 2026.08 ", "2026年08月"] {
            assert_eq!(m(s), Ok("2026-08-01".into()), "{s}");
        }
        for bad in ["2026-13", "2026", "26-08", "2026-08-01", "2026-0x", "８月", "2026--08"] {
            assert_eq!(parse_month("x", bad).unwrap_err().code, "invalid_month", "{bad}");
        }
        assert_eq!(parse_month("x", " ").unwrap_err().code, "required");
    }

    #[test]
    fn rejects_with_codes() {
        assert_eq!(parse_int("x", "abc").unwrap_err().code, "not_a_number");
        assert_eq!(parse_int("x", "-5").unwrap_err().code, "negative");
        assert_eq!(parse_int("x", "－5").unwrap_err().code, "negative");
        assert_eq!(parse_int("x", "").unwrap_err().code, "required");
        assert_eq!(parse_int("x", "1.5").unwrap_err().code, "not_an_integer");
        assert_eq!(parse_int("x", "9999999999999999").unwrap_err().code, "too_large");
        assert_eq!(parse_int_max("x", "101", 100).unwrap_err().code, "out_of_range");
        assert_eq!(parse_int_max("x", "100", 100), Ok(100));
    }
}
