//! Rule figures as dated, cited data.
//!
//! Every fee, point value, rate, threshold and cap is a `Param`: value, unit, the first and last
//! day it is in force, where it comes from (a [`Cite`]: document, section, page, quote), and labels. A lookup on
//! a date outside every version is an error ("not in force"), never a silent zero. A new fee
//! version is a new row with a later `from`; `as_of` picks it.

use crate::date::Date;
use crate::msg::{FieldError, Msg};
use crate::sources::Cite;
use serde::ser::SerializeStruct;
use serde::Serialize;
use std::cell::RefCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Yen,
    Points,
    YenPerPoint,
    Percent,
    Count,
    Credits,
    Minutes,
    Days,
    Years,
    Months,
    /// A calendar month-day (encoded as MMDD, e.g. 0331).
    MonthDay,
    /// Per mille (‰): a rate with one decimal of a percent (復興特別所得税 2.1% = 21‰).
    PerMille,
}

impl Unit {
    pub fn suffix_ja(self) -> &'static str {
        match self {
            Unit::Yen => "円",
            Unit::Points => "点",
            Unit::YenPerPoint => "円/点",
            Unit::Percent => "%",
            Unit::Count => "件",
            Unit::Credits => "単位",
            Unit::Minutes => "分",
            Unit::Days => "日",
            Unit::Years => "年",
            Unit::Months => "か月",
            Unit::MonthDay => "",
            Unit::PerMille => "‰",
        }
    }

    /// The English unit after a number (`yen`, `points`, `%`; see [`Unit::amount_en`]).
    pub fn suffix_en(self) -> &'static str {
        match self {
            Unit::Yen => "yen",
            Unit::Points => "points",
            Unit::YenPerPoint => "yen/point",
            Unit::Percent => "%",
            Unit::Count => "",
            Unit::Credits => "credits",
            Unit::Minutes => "min",
            Unit::Days => "days",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::MonthDay => "",
            Unit::PerMille => "‰",
        }
    }

    /// `1,000 yen`, `30%`, `1 credit`: a word after a space (singular for one), a symbol right
    /// after the number.
    pub fn amount_en(self, grouped: &str) -> String {
        match self.suffix_en() {
            "" => grouped.to_string(),
            s if s.starts_with(|c: char| c.is_ascii_alphabetic()) => {
                format!("{grouped} {}", crate::text::per(grouped, s))
            }
            s => format!("{grouped}{s}"),
        }
    }

    /// A figure with its unit in the page's language: `25件` / `25`, `3単位` / `3 credits`.
    pub fn amount_text(self, v: i64, en: bool) -> String {
        let n = crate::money::group(v);
        if en {
            self.amount_en(&n)
        } else {
            format!("{n}{}", self.suffix_ja())
        }
    }
}

/// How a threshold compares. "16,800円以下" is `AtMost`; store the document's own words, do not shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// A plain value (a fee, a rate), not a threshold.
    Value,
    /// 以下 (inclusive upper limit).
    AtMost,
    /// 未満 (exclusive upper limit).
    LessThan,
    /// 以上 (inclusive lower limit).
    AtLeast,
    /// 超 (exclusive lower limit).
    MoreThan,
}

impl Bound {
    /// Whether `x` satisfies this bound against `limit`.
    pub fn holds(self, x: i64, limit: i64) -> bool {
        match self {
            Bound::Value => x == limit,
            Bound::AtMost => x <= limit,
            Bound::LessThan => x < limit,
            Bound::AtLeast => x >= limit,
            Bound::MoreThan => x > limit,
        }
    }
}

/// How sure we are of a figure. A figure from the five source documents is `Document`; a figure
/// from outside them carries the confidence of the later public facts checked (and its source), so
/// a page can say where confidence is not high. Ordered from the most sure to the least.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// From one of the source documents, as written there.
    Document,
    High,
    MediumHigh,
    Medium,
    Low,
}

impl Confidence {
    /// Whether a page should say how sure the figure is (anything below `High`).
    pub fn below_high(self) -> bool {
        matches!(self, Confidence::MediumHigh | Confidence::Medium | Confidence::Low)
    }

    /// How a page says it, where it must (below high); `None` otherwise.
    pub const fn label(self) -> Option<crate::msg::Text> {
        match self {
            Confidence::MediumHigh => Some(crate::msg::Text::new("確度: 中〜高", "Confidence: medium-high")),
            Confidence::Medium => Some(crate::msg::Text::new("確度: 中", "Confidence: medium")),
            Confidence::Low => Some(crate::msg::Text::new("確度: 低", "Confidence: low")),
            Confidence::Document | Confidence::High => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// Stable id, dotted by rule family: `jmdp.fees.final_consent`.
    pub id: &'static str,
    pub value: i64,
    pub unit: Unit,
    pub bound: Bound,
    /// First day in force (inclusive).
    pub from: Date,
    /// Last day in force (inclusive); `None` while no end is known.
    pub until: Option<Date>,
    /// The document, section and page it comes from (`crate::sources`).
    pub source: &'static Cite,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    /// `Document` for a figure from the source documents; otherwise how sure its outside source is.
    pub confidence: Confidence,
}

impl Param {
    /// A value in force from `from` with no known end.
    pub const fn new(
        id: &'static str,
        value: i64,
        unit: Unit,
        from: Date,
        source: &'static Cite,
        label_ja: &'static str,
        label_en: &'static str,
    ) -> Param {
        Param {
            id,
            value,
            unit,
            bound: Bound::Value,
            from,
            until: None,
            source,
            label_ja,
            label_en,
            confidence: Confidence::Document,
        }
    }

    /// A figure from outside the source documents, with how sure its source is.
    pub const fn confidence(mut self, confidence: Confidence) -> Param {
        self.confidence = confidence;
        self
    }

    pub const fn bound(mut self, bound: Bound) -> Param {
        self.bound = bound;
        self
    }

    pub const fn until(mut self, last_day: Date) -> Param {
        self.until = Some(last_day);
        self
    }

    pub fn in_force(&self, on: Date) -> bool {
        self.from <= on && self.until.is_none_or(|u| on <= u)
    }

    pub fn to_ref(&self) -> RuleRef {
        RuleRef {
            id: self.id,
            value: self.value,
            unit: self.unit,
            bound: self.bound,
            from: self.from,
            until: self.until,
            source: self.source,
            label_ja: self.label_ja,
            label_en: self.label_en,
            confidence: self.confidence,
        }
    }
}

/// A parameter as reported with a result: which version produced it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRef {
    pub id: &'static str,
    pub value: i64,
    pub unit: Unit,
    pub bound: Bound,
    pub from: Date,
    pub until: Option<Date>,
    pub source: &'static Cite,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    pub confidence: Confidence,
}

impl RuleRef {
    /// Where the rules page lists this version: `/rules#<id>@<from>` (stable: neither changes).
    pub fn anchor(&self) -> String {
        anchor(self.id, self.from)
    }
}

/// The rules page's anchor of a version: its id and first day (`jmdp.fees.x@2022-12-01`).
pub fn anchor(id: &str, from: Date) -> String {
    format!("{id}@{from}")
}

/// The JSON API: `source` is the citation in Japanese, `cite` its parts.
impl Serialize for RuleRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("RuleRef", 11)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("unit", &self.unit)?;
        st.serialize_field("bound", &self.bound)?;
        st.serialize_field("from", &self.from)?;
        st.serialize_field("until", &self.until)?;
        st.serialize_field("source", self.source)?;
        st.serialize_field("cite", &self.source.parts())?;
        st.serialize_field("label_ja", self.label_ja)?;
        st.serialize_field("label_en", self.label_en)?;
        st.serialize_field("confidence", &self.confidence)?;
        st.end()
    }
}

/// Finds the version of `id` in force on `on` in `tables` (a calculator's own, see
/// [`crate::rules::Calculator`]).
pub fn lookup_in(tables: &[&'static [Param]], id: &str, on: Date) -> Result<&'static Param, FieldError> {
    let mut known = false;
    for table in tables {
        for p in table.iter().filter(|p| p.id == id) {
            known = true;
            if p.in_force(on) {
                return Ok(p);
            }
        }
    }
    Err(if known {
        FieldError::new(
            "as_of",
            "not_in_force",
            Msg::new(
                format!("{on} 時点で有効な規則がありません（{id}）"),
                format!("No rule version is in force on {on} ({id})"),
            ),
        )
    } else {
        // A programming error (an id the tables do not define), reported rather than panicking.
        FieldError::new(
            "as_of",
            "unknown_rule",
            Msg::new(format!("規則 {id} が未定義です"), format!("Rule {id} is not defined")),
        )
    })
}

/// The evaluation context: the date the rules are taken at, the tables they are looked up in,
/// and the versions used so far.
#[derive(Debug)]
pub struct Ctx {
    pub as_of: Date,
    /// Where `param` looks. A calculator's own tables, so a page's code holds only its rules'
    /// figures (every table together is 40 KB of text in the browser).
    tables: &'static [&'static [Param]],
    used: RefCell<Vec<RuleRef>>,
}

impl Ctx {
    /// A context over `tables` only.
    pub fn over(as_of: Date, tables: &'static [&'static [Param]]) -> Ctx {
        Ctx { as_of, tables, used: RefCell::new(Vec::new()) }
    }

    /// The version of `id` in force on `on`, without recording it as used.
    pub fn find(&self, id: &str, on: Date) -> Result<&'static Param, FieldError> {
        lookup_in(self.tables, id, on)
    }

    /// The parameter in force on `as_of`, recorded as used.
    pub fn param(&self, id: &str) -> Result<&'static Param, FieldError> {
        self.param_on(id, self.as_of)
    }

    /// The parameter in force on another date (e.g. a record's own date), recorded as used.
    pub fn param_on(&self, id: &str, on: Date) -> Result<&'static Param, FieldError> {
        let p = self.find(id, on)?;
        let mut used = self.used.borrow_mut();
        if !used.iter().any(|r| r.id == p.id && r.from == p.from) {
            used.push(p.to_ref());
        }
        Ok(p)
    }

    /// The version in force on `as_of` of a named row (`fees::FINAL_CONSENT_COORDINATION`),
    /// recorded as used: the row names the parameter, the date picks its version.
    pub fn get(&self, row: &Param) -> Result<&'static Param, Vec<FieldError>> {
        self.param(row.id).map_err(|e| vec![e])
    }

    /// The same on another date (e.g. a record's own date).
    pub fn get_on(&self, row: &Param, on: Date) -> Result<&'static Param, Vec<FieldError>> {
        self.param_on(row.id, on).map_err(|e| vec![e])
    }

    /// Shorthand for the value.
    pub fn value(&self, id: &str) -> Result<i64, FieldError> {
        Ok(self.param(id)?.value)
    }

    pub fn rules_used(&self) -> Vec<RuleRef> {
        self.used.borrow().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_compare_as_the_documents_words_say() {
        assert!(Bound::AtMost.holds(16_800, 16_800));
        assert!(!Bound::AtMost.holds(16_801, 16_800));
        assert!(!Bound::LessThan.holds(5, 5));
        assert!(Bound::AtLeast.holds(15, 15));
        assert!(!Bound::MoreThan.holds(15, 15));
    }
}
