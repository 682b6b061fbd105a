//! The shared vocabulary of the eligibility checkers (pharmacist credits, HCTC, cell-therapy
//! manager): a requirement is what was reached against what a rule requires, with the rule's
//! bound (以上, 以下 …), the shortfall and the article it comes from; [`Checks`] collects them with
//! one explanation step each.

use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Bound, Ctx, Param};
use crate::sources::Cite;
use crate::value::Value;
use rust_decimal::Decimal;
use serde::Serialize;

/// One condition: what was reached against what the document requires.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    pub id: String,
    pub label: Msg,
    pub met: bool,
    /// A number (count, years) or a boolean (membership, full-time).
    pub reached: Value,
    pub required: Value,
    /// How the document words the threshold (`at_least` = 以上 …); `value` for yes/no conditions.
    pub bound: Bound,
    /// How much is missing (number) when unmet; 0 when met; null for yes/no conditions.
    pub shortfall: Value,
    /// Where the rule is written; the JSON gives its section (`細則第9条第1項(1)`).
    #[serde(serialize_with = "section_of")]
    pub article: &'static Cite,
    /// The parameter id the threshold comes from, if any.
    pub param: Option<&'static str>,
}

/// A requirement the input gave nothing to check it with (an optional count left empty): neither
/// met nor failed. A verdict with one is "not checked", never a pass.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unchecked {
    pub id: String,
    /// What the document requires, in words (「患者事例のうち10件以上は全過程の実務経験」).
    pub label: Msg,
    /// Where the rule is written; the JSON gives its section.
    #[serde(serialize_with = "section_of")]
    pub article: &'static Cite,
}

/// A requirement's article in the JSON: the section alone (`細則第9条第1項(1)`).
pub(crate) fn section_of<S: serde::Serializer>(c: &&'static Cite, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.section)
}

pub fn bound_symbol(b: Bound) -> &'static str {
    match b {
        Bound::Value => "=",
        Bound::AtMost => "≤",
        Bound::LessThan => "<",
        Bound::AtLeast => "≥",
        Bound::MoreThan => ">",
    }
}

/// Whether `reached` satisfies `bound` against `limit`, for decimals.
fn holds(bound: Bound, reached: Decimal, limit: Decimal) -> bool {
    match bound {
        Bound::AtLeast => reached >= limit,
        Bound::MoreThan => reached > limit,
        Bound::AtMost => reached <= limit,
        Bound::LessThan => reached < limit,
        Bound::Value => reached == limit,
    }
}

fn verdict(f: Fx, met: bool) -> Fx {
    if met {
        f.words(" → 充足", " → met")
    } else {
        f.words(" → 不足", " → not met")
    }
}

/// A `MonthDay` parameter (MMDD) in a given year.
pub fn month_day(year: i32, md: i64) -> Option<Date> {
    let m = u32::try_from(md / 100).ok()?;
    let d = u32::try_from(md % 100).ok()?;
    Date::new(year, m, d)
}

/// A first and last day (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub start: Date,
    pub end: Date,
}

impl Window {
    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d <= self.end
    }
}

/// The requirements of one check as they are found, each with its explanation step.
pub struct Checks<'a> {
    pub ctx: &'a Ctx,
    pub trace: Vec<TraceStep>,
    pub list: Vec<Requirement>,
    /// The requirements the input gave nothing to check (see [`Unchecked`]).
    pub unchecked: Vec<Unchecked>,
}

impl<'a> Checks<'a> {
    pub fn new(ctx: &'a Ctx) -> Checks<'a> {
        Checks { ctx, trace: Vec::new(), list: Vec::new(), unchecked: Vec::new() }
    }

    /// A whole count against a parameter's bound (`row` names the parameter; the date of the
    /// context picks its version). Returns whether it is met.
    pub fn count(&mut self, id: &str, row: &Param, reached: i64) -> Result<bool, Errors> {
        let p = self.ctx.get(row)?;
        self.count_with(id, p, reached);
        Ok(p.bound.holds(reached, p.value))
    }

    /// The same with a version already looked up (e.g. on a record's own date).
    pub fn count_with(&mut self, id: &str, p: &'static Param, reached: i64) -> &Requirement {
        let f = Fx::new().amount(reached, p.unit).op(&format!(" {} ", bound_symbol(p.bound))).amount(p.value, p.unit);
        self.whole(id, p, reached, f)
    }

    /// A fiscal year against a parameter that names one (平成32年度 = FY2020), written as years
    /// are (`2021年度 ≤ 2020年度` / `FY2021 ≤ FY2020`, never grouped like a count).
    pub fn fiscal_year(&mut self, id: &str, row: &Param, fiscal_year: i64) -> Result<bool, Errors> {
        let p = self.ctx.get(row)?;
        let fy = |y: i64| Fx::new().words(&format!("{y}年度"), &format!("FY{y}"));
        let f = fy(fiscal_year).op(&format!(" {} ", bound_symbol(p.bound))).msg(&fy(p.value).build());
        Ok(self.whole(id, p, fiscal_year, f).met)
    }

    /// A whole number against `p`'s bound, explained by `f` (without the verdict).
    fn whole(&mut self, id: &str, p: &'static Param, reached: i64, f: Fx) -> &Requirement {
        let met = p.bound.holds(reached, p.value);
        // A shortfall means something for a minimum (以上/超) only; an upper limit has none.
        let shortfall = match p.bound {
            Bound::AtLeast => Value::from(if met { 0 } else { p.value - reached }),
            Bound::MoreThan => Value::from(if met { 0 } else { p.value - reached + 1 }),
            _ => Value::Null,
        };
        self.against(id, p, f, met, (Some(reached), Value::from(reached)), shortfall)
    }

    /// A quantity with decimals (years of full-time work) against a whole-number threshold.
    pub fn decimal(&mut self, id: &str, row: &Param, reached: Decimal) -> Result<bool, Errors> {
        let p = self.ctx.get(row)?;
        let limit = Decimal::from(p.value);
        let met = holds(p.bound, reached, limit);
        let shortfall = if met { Decimal::ZERO } else { (limit - reached).max(Decimal::ZERO) };
        let unit = crate::msg::Text::new(p.unit.suffix_ja(), p.unit.suffix_en());
        let f = Fx::new().qty_dec(reached, unit).op(&format!(" {} ", bound_symbol(p.bound))).qty(p.value, unit);
        self.against(id, p, f, met, (None, Value::from(reached)), Value::from(shortfall));
        Ok(met)
    }

    /// A requirement against parameter `p`: its step (`formula`, the amount shown) and its line.
    fn against(
        &mut self,
        id: &str,
        p: &'static Param,
        formula: Fx,
        met: bool,
        reached: (Option<i64>, Value),
        shortfall: Value,
    ) -> &Requirement {
        let (amount, reached) = reached;
        self.trace.push(TraceStep::new(
            format!("req.{id}"),
            Msg::new(p.label_ja, p.label_en),
            verdict(formula, met),
            amount,
            p.unit,
            p.source,
        ));
        self.push(Requirement {
            id: id.to_string(),
            label: Msg::new(p.label_ja, p.label_en),
            met,
            reached,
            required: Value::from(p.value),
            bound: p.bound,
            shortfall,
            article: p.source,
            param: Some(p.id),
        })
    }

    /// A yes/no condition (membership and dues, full-time work …).
    pub fn yes(&mut self, id: &str, label: Msg, met: bool, source: &'static Cite) -> &Requirement {
        let f = if met {
            Fx::new().words("はい → 充足", "yes → met")
        } else {
            Fx::new().words("いいえ → 不足", "no → not met")
        };
        self.trace.push(TraceStep::note(format!("req.{id}"), label.clone(), f, source));
        self.push(Requirement {
            id: id.to_string(),
            label,
            met,
            reached: Value::Bool(met),
            required: Value::Bool(true),
            bound: Bound::Value,
            shortfall: Value::Null,
            article: source,
            param: None,
        })
    }

    /// A requirement the input says nothing about: recorded as not checked, with its step.
    pub fn unchecked(&mut self, id: &str, label: Msg, source: &'static Cite) {
        let f = Fx::new().words("未入力のため未確認", "not given, not checked");
        self.trace.push(TraceStep::note(format!("req.{id}"), label.clone(), f, source));
        self.unchecked.push(Unchecked { id: id.to_string(), label, article: source });
    }

    fn push(&mut self, r: Requirement) -> &Requirement {
        self.list.push(r);
        self.list.last().expect("just pushed")
    }

    /// The ids of the requirements not met.
    pub fn unmet(&self) -> Vec<String> {
        self.list.iter().filter(|r| !r.met).map(|r| r.id.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;
    use crate::params::Unit;
    use crate::sources::{cite, HCTC_BYLAWS};

    const MIN_CASES: Param =
        Param::new("t.cases", 5, Unit::Count, ymd(2019, 4, 1), cite!(HCTC_BYLAWS, "細則第9条"), "事例", "Cases")
            .bound(Bound::AtLeast);
    const YEARS: Param = Param::new("t.years", 3, Unit::Years, ymd(2019, 4, 1), cite!(HCTC_BYLAWS, "s"), "年", "Years")
        .bound(Bound::AtLeast);
    static TABLES: &[&[Param]] = &[&[MIN_CASES, YEARS]];

    #[test]
    fn a_count_reports_reached_required_shortfall_and_explains_itself() {
        let ctx = Ctx::over(ymd(2024, 1, 1), TABLES);
        let mut c = Checks::new(&ctx);
        assert!(!c.count("cases", &MIN_CASES, 3).unwrap());
        assert!(c.count("cases_again", &MIN_CASES, 5).unwrap());
        let r = &c.list[0];
        assert_eq!((r.reached.as_i64(), r.required.as_i64(), r.shortfall.as_i64()), (Some(3), Some(5), Some(2)));
        assert_eq!(r.article.section, "細則第9条");
        assert_eq!(serde_json::to_value(r).unwrap()["article"], "細則第9条");
        assert_eq!(c.trace[0].formula.ja, "3件 ≥ 5件 → 不足");
        assert_eq!(c.trace[1].formula.en, "5 ≥ 5 → met");
        assert_eq!(c.unmet(), vec!["cases".to_string()]);
    }

    #[test]
    fn fiscal_years_read_as_years() {
        const LAST_FY: Param = Param::new(
            "t.fy",
            2020,
            Unit::Years,
            ymd(2019, 4, 1),
            cite!(HCTC_BYLAWS, "細則第14条"),
            "期限",
            "Deadline",
        )
        .bound(Bound::AtMost);
        static FY_TABLES: &[&[Param]] = &[&[LAST_FY]];
        let ctx = Ctx::over(ymd(2024, 1, 1), FY_TABLES);
        let mut c = Checks::new(&ctx);
        assert!(!c.fiscal_year("route_open", &LAST_FY, 2021).unwrap());
        assert_eq!(c.trace[0].formula.ja, "2021年度 ≤ 2020年度 → 不足");
        assert_eq!(c.trace[0].formula.en, "FY2021 ≤ FY2020 → not met");
        assert_eq!((c.list[0].reached.as_i64(), c.list[0].shortfall.clone()), (Some(2021), Value::Null));
    }

    #[test]
    fn years_compare_as_decimals() {
        let ctx = Ctx::over(ymd(2024, 1, 1), TABLES);
        let mut c = Checks::new(&ctx);
        assert!(!c.decimal("y", &YEARS, "2.5".parse().unwrap()).unwrap());
        assert_eq!(c.list[0].shortfall, Value::from(Decimal::new(5, 1)));
        assert_eq!(c.trace[0].formula.en, "2.5 years ≥ 3 years → not met");
    }
}
