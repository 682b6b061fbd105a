//! Forgiving parsing of what people type: full-width digits (１２３), commas (1,000,000),
//! 円/¥ signs, spaces, and 万 (ten-thousands). Every failure is a `FieldError` with a
//! Japanese and an English message, never a panic.

use crate::envelope::{FieldError, Msg};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Full-width ASCII variants (０-９, Ａ-Ｚ, －, ，, ．, ／) to half-width; ideographic space to space.
pub fn normalize_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '−' | '‐' | 'ー' => '-',
            _ => c,
        })
        .collect()
}

/// Strips what a person may wrap a number in: spaces, thousands separators, 円, ¥, 点, 単位.
fn strip_decorations(s: &str) -> String {
    normalize_width(s)
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '、' | '円' | '¥' | '￥' | '\\' | '点' | '\t' | '_'))
        .collect()
}

fn not_a_number(field: &str) -> FieldError {
    FieldError::new(
        field,
        "not_a_number",
        Msg::new("数値を入力してください（例: 1,000,000）", "Enter a number (e.g. 1,000,000)"),
    )
}

fn negative(field: &str) -> FieldError {
    FieldError::new(
        field,
        "negative",
        Msg::new("0以上の数を入力してください", "Enter zero or a positive number"),
    )
}

fn too_large(field: &str) -> FieldError {
    FieldError::new(field, "too_large", Msg::new("数が大きすぎます", "The number is too large"))
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
        return Err(FieldError::new(
            field,
            "required",
            Msg::new("入力してください", "This field is required"),
        ));
    }
    if s.starts_with('-') {
        return Err(negative(field));
    }
    let value = Decimal::from_str(&s).map_err(|_| not_a_number(field))?;
    let value = value.checked_mul(scale).ok_or_else(|| too_large(field))?;
    if value > Decimal::from(MAX_AMOUNT) {
        return Err(too_large(field));
    }
    Ok(value)
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
        return Err(FieldError::new(
            field,
            "required",
            Msg::new("日付を入力してください", "Enter a date"),
        ));
    }
    crate::date::Date::parse(raw).ok_or_else(|| {
        FieldError::new(
            field,
            "invalid_date",
            Msg::new(
                "日付を YYYY-MM-DD の形で入力してください（実在する日付）",
                "Enter a real date as YYYY-MM-DD",
            ),
        )
    })
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
