//! A civil calendar date (proleptic Gregorian), enough for rule versions and credit windows.
//!
//! Kept in-house (no chrono) because the rules need only parsing, comparison, day counts and
//! "add N years/months" with an explicit rule for 29 February and month ends.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// What to do when adding years/months lands on a day that does not exist (e.g. 29 Feb + 1 year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthEnd {
    /// Clamp to the last day of the month (29 Feb + 1 year = 28 Feb).
    Clamp,
    /// Roll to the first day of the next month (29 Feb + 1 year = 1 Mar).
    RollForward,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked constructor: `None` for a day that does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (also accepts `/` or `.` separators and full-width digits).
    pub fn parse(s: &str) -> Option<Date> {
        let norm = crate::text::normalize_width(s.trim());
        let parts: Vec<&str> = norm.split(['-', '/', '.']).collect();
        if parts.len() != 3 {
            return None;
        }
        let y = parts[0].trim().parse().ok()?;
        let m = parts[1].trim().parse().ok()?;
        let d = parts[2].trim().parse().ok()?;
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: (y + i64::from(m <= 2)) as i32, month: m, day: d }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    pub fn add_months(self, months: i32, rule: MonthEnd) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + months;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let dim = days_in_month(year, month);
        if self.day <= dim {
            Date { year, month, day: self.day }
        } else {
            match rule {
                MonthEnd::Clamp => Date { year, month, day: dim },
                MonthEnd::RollForward => Date { year, month, day: dim }.add_days(1),
            }
        }
    }

    pub fn add_years(self, years: i32, rule: MonthEnd) -> Date {
        self.add_months(years * 12, rule)
    }

    /// Japanese fiscal year (April to March) this date belongs to.
    pub fn fiscal_year(self) -> i32 {
        if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date: {s}")))
    }
}

/// `Date` literal for tables: panics at compile-time-ish (first use) on a bad literal, never on input.
pub const fn ymd(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_days() {
        for d in [ymd(1970, 1, 1), ymd(2000, 2, 29), ymd(2024, 12, 31), ymd(1999, 3, 1)] {
            assert_eq!(Date::from_days(d.to_days()), d);
        }
        assert_eq!(ymd(1970, 1, 2).to_days(), 1);
        assert_eq!(ymd(2021, 4, 1).days_until(ymd(2021, 6, 6)), 66);
    }

    #[test]
    fn leap_day_plus_years_follows_the_declared_rule() {
        let d = ymd(2020, 2, 29);
        assert_eq!(d.add_years(1, MonthEnd::Clamp), ymd(2021, 2, 28));
        assert_eq!(d.add_years(1, MonthEnd::RollForward), ymd(2021, 3, 1));
        assert_eq!(d.add_years(4, MonthEnd::Clamp), ymd(2024, 2, 29));
        assert_eq!(ymd(2021, 1, 31).add_months(1, MonthEnd::Clamp), ymd(2021, 2, 28));
        assert_eq!(ymd(2021, 3, 15).add_months(-3, MonthEnd::Clamp), ymd(2020, 12, 15));
    }

    #[test]
    fn parse_accepts_fullwidth_and_slashes_and_rejects_impossible_days() {
        assert_eq!(Date::parse("２０２１/０６/０１"), Some(ymd(2021, 6, 1)));
        assert_eq!(Date::parse("2021-6-1"), Some(ymd(2021, 6, 1)));
        assert_eq!(Date::parse("2021-02-29"), None);
        assert_eq!(Date::parse("2021-13-01"), None);
        assert_eq!(Date::parse("yesterday"), None);
    }

    #[test]
    fn fiscal_year_starts_in_april() {
        assert_eq!(ymd(2021, 3, 31).fiscal_year(), 2020);
        assert_eq!(ymd(2021, 4, 1).fiscal_year(), 2021);
    }
}
